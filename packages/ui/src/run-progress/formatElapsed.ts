interface DurationFormatLike {
  format(duration: Record<string, number>): string;
}
type DurationFormatCtor = new (locale: string, options: { style: 'short' }) => DurationFormatLike;

/** Split milliseconds into whole hours, minutes, seconds. */
export function durationParts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * "1 min, 23 sec" in the locale's words. Uses `Intl.DurationFormat` where the runtime has it,
 * and the same output built from `Intl.NumberFormat` units and `Intl.ListFormat` where it does
 * not (Node 22, older Safari). Seconds are dropped past an hour: nobody reads them there.
 */
export function formatElapsed(ms: number, locale: string): string {
  const { hours, minutes, seconds } = durationParts(ms);
  const parts: Record<string, number> =
    hours > 0 ? { hours, minutes } : minutes > 0 ? { minutes, seconds } : { seconds };
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, { style: 'short' }).format(parts);
  const units: Record<string, string> = { hours: 'hour', minutes: 'minute', seconds: 'second' };
  // DurationFormat's default omits zero units, and shows "0 sec" when everything is zero.
  const nonZero = Object.entries(parts).filter(([, value]) => value > 0);
  const pieces = (nonZero.length > 0 ? nonZero : [['seconds', 0] as const]).map(([unit, value]) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short' }).format(value),
  );
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(pieces);
}

/** ISO 8601 duration for `<time dateTime>`: `PT1M23S`. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = durationParts(ms);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
