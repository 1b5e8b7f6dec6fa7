import type { Spread } from './stats.ts';

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const spreadMs = (s: Spread) => `${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)}`;

/** A plain-text table, two spaces between columns; `align` has one `l` or `r` per column. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: string,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
