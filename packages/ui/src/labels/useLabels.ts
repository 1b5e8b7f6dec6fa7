'use client';
import { useCallback } from 'react';
import type { LabelDictionary, LabelNamespace } from './dictionary.ts';
import { type BaseKey, formatLabel, type LabelVars } from './formatLabel.ts';
import { useLabelsContext } from './LabelsProvider.tsx';
import { type NamespaceLabels, useLabelDictionary } from './useLabelDictionary.ts';

export type LabelKey<N extends LabelNamespace> = BaseKey<keyof LabelDictionary[N] & string>;
export type Translate<N extends LabelNamespace> = (key: LabelKey<N>, vars?: LabelVars) => string;

/**
 * The strings of one namespace, in the provider's locale with the host's overrides. The
 * component passes its own `labels.ts` definition, so it bundles that namespace alone.
 *
 * @example
 * import { questionFormLabels } from './labels.ts';
 * const t = useLabels('questionForm', questionFormLabels);
 * t('submit'); t('affectedRows', { count: 12 });
 */
export function useLabels<N extends LabelNamespace>(
  namespace: N,
  definition: NamespaceLabels<N>,
): Translate<N> {
  const { locale } = useLabelsContext();
  const dict = useLabelDictionary(namespace, definition) as Record<string, string>;
  return useCallback((key, vars) => formatLabel(dict, key, vars, locale), [dict, locale]);
}
