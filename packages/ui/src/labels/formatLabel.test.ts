import { de, dictionaryFor, en, mergeLabels } from './dictionary.ts';
import { formatLabel } from './formatLabel.ts';

describe('formatLabel', () => {
  const dict = {
    hello: 'Hello {name}',
    rows_one: '{count} row',
    rows_other: '{count} rows',
    rows_zero: 'No rows',
  };

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatLabel(dict, 'hello', { name: 'Ada' }, 'en')).toBe('Hello Ada');
    expect(formatLabel(dict, 'hello', {}, 'en')).toBe('Hello {name}');
  });

  it('picks the plural form and formats the count for the locale', () => {
    expect(formatLabel(dict, 'rows', { count: 1 }, 'en')).toBe('1 row');
    expect(formatLabel(dict, 'rows', { count: 12345 }, 'en')).toBe('12,345 rows');
    expect(formatLabel(dict, 'rows', { count: 12345 }, 'de')).toBe('12.345 rows');
    expect(formatLabel(dict, 'rows', { count: 0 }, 'en')).toBe('No rows');
  });

  it('renders a missing key as the key', () => {
    expect(formatLabel(dict, 'missing', undefined, 'en')).toBe('missing');
  });
});

describe('dictionary', () => {
  it('has German for every English key', () => {
    for (const [ns, values] of Object.entries(en)) {
      expect(Object.keys(de[ns as keyof typeof de]).sort(), ns).toEqual(Object.keys(values).sort());
    }
  });

  it('selects German for de-* locales and merges host overrides per namespace', () => {
    expect(dictionaryFor('de-AT')).toBe(de);
    expect(dictionaryFor('fr')).toBe(en);
    const merged = mergeLabels(en, { common: { cancel: 'Nope' } });
    expect(merged.common.cancel).toBe('Nope');
    expect(merged.common.close).toBe('Close');
    expect(en.common.cancel).toBe('Cancel');
  });
});
