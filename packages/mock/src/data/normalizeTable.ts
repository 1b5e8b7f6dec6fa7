import type { ParsedTable } from './types.ts';

/**
 * Shape a raw grid into a `ParsedTable`: the first non-blank row is the header, blank
 * header cells get a name, repeated names a suffix, and every row is padded to the
 * widest row so no value is lost. Returns `null` when there is no header at all.
 */
export function normalizeTable(
  grid: readonly (readonly string[])[],
  meta: { name: string; file: string; sheet: string | null },
): ParsedTable | null {
  const start = grid.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (start === -1) return null;
  const body: string[][] = [];
  let width = grid[start]?.length ?? 0;
  for (let r = start + 1; r < grid.length; r++) {
    const row = grid[r] as string[];
    if (!row.some((cell) => cell.trim() !== '')) continue;
    body.push(row);
    if (row.length > width) width = row.length;
  }
  const rawHeader = grid[start] as readonly string[];
  // Trailing unnamed columns that hold no data are export noise, not columns.
  while (
    width > 0 &&
    (rawHeader[width - 1] ?? '').trim() === '' &&
    body.every((row) => (row[width - 1] ?? '').trim() === '')
  ) {
    width--;
  }
  const header = nameColumns(rawHeader, width);
  const rows = body.map((row) => {
    if (row.length === width) return row;
    if (row.length > width) return row.slice(0, width);
    const padded = row.slice();
    while (padded.length < width) padded.push('');
    return padded;
  });
  return { ...meta, header, rows };
}

function nameColumns(raw: readonly string[], width: number): string[] {
  const seen = new Map<string, number>();
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const base = (raw[c] ?? '').trim() || `Column ${c + 1}`;
    const key = base.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    header.push(count === 1 ? base : `${base} (${count})`);
  }
  return header;
}
