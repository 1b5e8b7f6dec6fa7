// Bidi embedding/override/isolate controls (LRE…RLO, LRI…PDI): invisible, yet they reorder text.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from the server or a file, shown as inert text. `<bdi>` isolates its direction, and
 * bidi control characters are shown as visible `[U+202E]` markers, so `invoice\u202Efdp.exe`
 * reads as what it is instead of "invoiceexe.pdf". Very long values are cut at `max`
 * characters (the start of the full value stays in `title`).
 */
export function Untrusted({
  text,
  max = 2000,
  className,
}: {
  text: unknown;
  max?: number;
  className?: string;
}) {
  const value = revealBidi(stringify(text));
  const cut = value.length > max;
  return (
    <bdi className={className} title={cut ? value.slice(0, 10_000) : undefined}>
      {cut ? `${value.slice(0, max)}…` : value}
    </bdi>
  );
}

/** Replace invisible bidi controls with a visible `[U+XXXX]` marker. */
export function revealBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

export function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** Only http(s) and mailto links are followed; anything else (javascript:, data:, relative) is not a link. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * An untrusted value for a label placeholder: bidi controls made visible, then wrapped in
 * first-strong isolates (U+2068…U+2069), the plain-text form of `<bdi>`.
 */
export function isolate(value: unknown, max = 300): string {
  const text = revealBidi(stringify(value));
  return `\u2068${text.length > max ? `${text.slice(0, max)}…` : text}\u2069`;
}
