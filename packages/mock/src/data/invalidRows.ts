import type { SheetData } from './types.ts';

/** Data rows with at least one flagged cell. */
export function invalidRows(sheet: Pick<SheetData, 'invalid'>): Set<number> {
  const rows = new Set<number>();
  for (const cell of sheet.invalid) rows.add(cell.row);
  return rows;
}
