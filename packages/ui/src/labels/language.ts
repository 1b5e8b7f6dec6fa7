/** The built-in language for a BCP 47 locale: German for `de*`, English otherwise. */
export function languageFor(locale: string): 'en' | 'de' {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** One namespace with a host's overrides on top; a key overridden with `undefined` keeps its default. */
export function mergeNamespace<T extends Record<string, string>>(
  base: T,
  overrides: Partial<Record<string, string | undefined>> | undefined,
): T {
  if (!overrides) return base;
  let out: Record<string, string> | undefined;
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value !== 'string') continue;
    out ??= { ...base };
    out[key] = value;
  }
  return (out as T | undefined) ?? base;
}
