import * as z from 'zod/mini';
import { TemplateRefSchema } from './common.ts';
import { isPlainObject } from './plainObject.ts';

/**
 * The grid is checked by a hand loop, not a per-cell zod walk: a 100,000 × 20 preview
 * must validate in a fraction of its `JSON.parse` time. Non-string scalars are
 * coerced to strings (numbers sneak in), anything else fails with its position.
 */
const GridSchema = z.pipe(
  z.custom<string[][]>((value) => Array.isArray(value)),
  z.transform((rows: string[][], payload): string[][] => {
    const grid = rows as unknown[];
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      if (!Array.isArray(row)) {
        payload.issues.push({ code: 'custom', message: 'Expected a row array', input: row, path: [r] });
        return z.NEVER;
      }
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === 'string') continue;
        if (cell === null || cell === undefined) row[c] = '';
        else if (typeof cell === 'number' || typeof cell === 'boolean') row[c] = String(cell);
        else {
          payload.issues.push({
            code: 'custom',
            message: 'Expected a string cell',
            input: cell,
            path: [r, c],
          });
          return z.NEVER;
        }
      }
    }
    return grid as string[][];
  }),
);

/**
 * An invalid cell, normalized. The docs leave the shape open; we read `{ row, column, error }`
 * with `row` the 0-based data row (header excluded), and accept `rowIndex`, `columnName`,
 * `colIndex`, `message`, `reason` (see the API notes in the README).
 */
export interface InvalidCell {
  row: number;
  column: string;
  columnIndex: number;
  error: string;
}

const RawInvalidCellSchema = z.pipe(
  z.looseObject({}),
  z.transform((c) => c as Record<string, unknown>),
);

function normalizeInvalidCell(raw: Record<string, unknown>, header: readonly string[]): InvalidCell | null {
  const row = numberOf(raw.row ?? raw.rowIndex ?? raw.row_index);
  if (row === null || row < 0) return null;
  let columnIndex = numberOf(raw.colIndex ?? raw.col_index ?? raw.columnIndex ?? raw.column_index);
  let column = typeof raw.columnName === 'string' ? raw.columnName : undefined;
  if (column === undefined && typeof raw.column === 'string') column = raw.column;
  if (columnIndex === null && typeof raw.column === 'number') columnIndex = raw.column;
  if (column === undefined && columnIndex !== null) column = header[columnIndex];
  if (column !== undefined && columnIndex === null) {
    const found = header.indexOf(column);
    columnIndex = found === -1 ? null : found;
  }
  if (column === undefined || columnIndex === null) return null;
  const error = [raw.error, raw.message, raw.reason].find((v) => typeof v === 'string') as string | undefined;
  return { row, column, columnIndex, error: error ?? 'Invalid value' };
}

function numberOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return null;
}

export const PreviewSheetSchema = z.pipe(
  z.looseObject({
    template: TemplateRefSchema,
    rows: GridSchema,
    invalid_cells: z._default(z.optional(z.nullable(z.array(RawInvalidCellSchema))), []),
  }),
  z.transform((sheet) => {
    const header = sheet.rows[0] ?? [];
    const invalid: InvalidCell[] = [];
    for (const raw of sheet.invalid_cells ?? []) {
      if (!isPlainObject(raw)) continue;
      const cell = normalizeInvalidCell(raw, header);
      if (cell) invalid.push(cell);
    }
    return { ...sheet, invalid_cells: invalid };
  }),
);
export type PreviewSheet = z.infer<typeof PreviewSheetSchema>;

export const PreviewSchema = z.looseObject({
  status: z._default(z.optional(z.string()), 'awaiting_approval'),
  templates: z._default(z.optional(z.array(TemplateRefSchema)), []),
  sheets: z.array(PreviewSheetSchema),
});
export type Preview = z.infer<typeof PreviewSchema>;
