/**
 * One namespace of the labels dictionary, in English and German. German must have exactly
 * the English keys, so a new string cannot ship untranslated.
 *
 * Placeholders are `{name}`; a key with `_one` / `_other` (and `_zero`, `_two`, `_few`,
 * `_many`) variants is chosen by `Intl.PluralRules` from the `count` variable.
 */
export function defineLabels<const T extends Record<string, string>>(labels: {
  en: T;
  de: { [K in keyof T]: string };
}): { en: { [K in keyof T]: string }; de: { [K in keyof T]: string } } {
  return labels;
}
