export type LabelVars = Record<string, string | number>;

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A label key without its plural suffix: `rows_one` and `rows_other` are both `rows`. */
export type BaseKey<K> = K extends `${infer B}_${(typeof PLURAL_SUFFIXES)[number]}` ? B : K;

const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let v = cache.get(locale);
  if (!v) {
    v = make();
    cache.set(locale, v);
  }
  return v;
}

/**
 * Look up `key` in one namespace and fill its `{placeholders}`. Numbers are formatted for
 * the locale; `count` also picks the plural form. A missing key renders as the key itself,
 * so a gap is visible rather than blank.
 */
export function formatLabel(
  dict: Record<string, string>,
  key: string,
  vars: LabelVars | undefined,
  locale: string,
): string {
  let template = dict[key];
  const count = vars?.count;
  if (typeof count === 'number') {
    const rule = cached(pluralRulesCache, locale, () => new Intl.PluralRules(locale)).select(count);
    template =
      (count === 0 ? dict[`${key}_zero`] : undefined) ??
      dict[`${key}_${rule}`] ??
      dict[`${key}_other`] ??
      template;
  }
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number'
      ? cached(numberCache, locale, () => new Intl.NumberFormat(locale)).format(v)
      : v;
  });
}
