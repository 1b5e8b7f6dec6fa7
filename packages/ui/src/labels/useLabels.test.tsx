import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { questionFormLabels } from '../question-form/labels.ts';
import { commonLabels } from './common.ts';
import { de, en, type LabelOverrides } from './dictionary.ts';
import { LabelsProvider } from './LabelsProvider.tsx';
import { useLabelDictionary } from './useLabelDictionary.ts';
import { useLabels } from './useLabels.ts';
import { useResolvedLabels } from './useResolvedLabels.ts';

const within =
  (locale?: string, labels?: LabelOverrides) =>
  ({ children }: { children?: ReactNode }) => (
    <LabelsProvider locale={locale} labels={labels}>
      {children}
    </LabelsProvider>
  );

describe('useLabels', () => {
  it('speaks English without a provider', () => {
    const { result } = renderHook(() => useLabels('common', commonLabels));
    expect(result.current('cancel')).toBe('Cancel');
    expect(result.current('rows', { count: 2 })).toBe('2 rows');
  });

  it('picks German for de-* locales, with German number formatting', () => {
    const { result } = renderHook(() => useLabels('common', commonLabels), { wrapper: within('de-DE') });
    expect(result.current('cancel')).toBe('Abbrechen');
    expect(result.current('rows', { count: 1200 })).toBe('1.200 Zeilen');
  });

  it('merges the host overrides of its own namespace only, per key', () => {
    const overrides = { common: { cancel: 'Nope' }, questionForm: { submitFreeform: 'Send it' } };
    const { result } = renderHook(
      () => ({
        common: useLabels('common', commonLabels),
        form: useLabels('questionForm', questionFormLabels),
      }),
      { wrapper: within('de', overrides) },
    );
    expect(result.current.common('cancel')).toBe('Nope');
    expect(result.current.common('close')).toBe('Schließen');
    expect(result.current.form('submitFreeform')).toBe('Send it');
    expect(commonLabels.de.cancel).toBe('Abbrechen');
  });

  it('keeps the default for a key overridden with undefined', () => {
    const { result } = renderHook(() => useLabelDictionary('common', commonLabels), {
      wrapper: within('en', { common: { cancel: undefined } }),
    });
    expect(result.current.cancel).toBe('Cancel');
  });

  it('returns the same function while locale and overrides are unchanged', () => {
    const overrides = { common: { cancel: 'Nope' } };
    const { result, rerender } = renderHook(() => useLabels('common', commonLabels), {
      wrapper: within('en', overrides),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('useResolvedLabels', () => {
  it('resolves every namespace for the locale with the overrides', () => {
    const { result } = renderHook(() => useResolvedLabels(), {
      wrapper: within('de', { questionForm: { submitFreeform: 'Los' } }),
    });
    expect(result.current.common).toEqual(de.common);
    expect(result.current.questionForm.submitFreeform).toBe('Los');
    expect(Object.keys(result.current).sort()).toEqual(Object.keys(en).sort());
  });
});
