import type { InvalidCell, PreviewSheet } from '@vernkit/core';

/** Everything the grid reads per sheet, computed once per sheet object (never per render). */
export interface SheetModel {
  key: string;
  name: string;
  /** Column names; a ragged row wider than the header gets generated names. */
  columns: string[];
  /** Data rows (header excluded): `sheet.rows[index + 1]`. */
  rowCount: number;
  /** Invalid cells keyed by `row * columns.length + column`; several errors on one cell are joined. */
  invalid: Map<number, string>;
  /** Data row indexes carrying at least one invalid cell, ascending. */
  flaggedRows: number[];
  /** The same rows, for O(1) lookup while rendering. */
  flagged: ReadonlySet<number>;
  /** Invalid cells per column index, for the header badges. */
  invalidPerColumn: number[];
  /** Estimated column widths in px, from the header and a sample of rows. */
  widths: number[];
}

const WIDTH_SAMPLE_ROWS = 200;
const CHAR_PX = 7.5;
const CELL_PADDING_PX = 28;
const MIN_WIDTH_PX = 88;
const MAX_WIDTH_PX = 320;

/** A stable key for a sheet: its template slug, else its id, else its position. */
export function sheetKey(sheet: PreviewSheet, index: number): string {
  return sheet.template.slug ?? sheet.template.id ?? `sheet-${index}`;
}

export function buildSheetModel(
  sheet: PreviewSheet,
  index: number,
  columnFallback: (n: number) => string,
): SheetModel {
  const header = sheet.rows[0] ?? [];
  const rowCount = Math.max(0, sheet.rows.length - 1);

  let columnCount = header.length;
  for (let r = 1; r < sheet.rows.length; r++) {
    const length = sheet.rows[r]?.length ?? 0;
    if (length > columnCount) columnCount = length;
  }
  const columns = Array.from({ length: columnCount }, (_, c) => {
    const name = header[c];
    return name === undefined || name.trim() === '' ? columnFallback(c + 1) : name;
  });

  const invalid = new Map<number, string>();
  const invalidPerColumn = new Array<number>(columnCount).fill(0);
  const flagged = new Set<number>();
  for (const cell of sheet.invalid_cells as InvalidCell[]) {
    // A cell the grid cannot show (past the last row or column) still flags nothing visible.
    if (cell.row >= rowCount || cell.columnIndex >= columnCount) continue;
    const key = cell.row * columnCount + cell.columnIndex;
    const previous = invalid.get(key);
    if (previous === undefined) {
      invalid.set(key, cell.error);
      invalidPerColumn[cell.columnIndex] = (invalidPerColumn[cell.columnIndex] ?? 0) + 1;
    } else if (!previous.split('\n').includes(cell.error)) {
      invalid.set(key, `${previous}\n${cell.error}`);
    }
    flagged.add(cell.row);
  }
  const flaggedRows = [...flagged].sort((a, b) => a - b);

  const widths = columns.map((name, c) => {
    let chars = name.length + 3;
    const sample = Math.min(rowCount, WIDTH_SAMPLE_ROWS);
    for (let r = 1; r <= sample; r++) {
      const value = sheet.rows[r]?.[c];
      if (value !== undefined && value.length > chars) chars = value.length;
      if (chars * CHAR_PX >= MAX_WIDTH_PX) break;
    }
    return Math.round(Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, chars * CHAR_PX + CELL_PADDING_PX)));
  });

  return {
    key: sheetKey(sheet, index),
    name: sheet.template.name,
    columns,
    rowCount,
    invalid,
    flaggedRows,
    flagged,
    invalidPerColumn,
    widths,
  };
}

export function cellError(model: SheetModel, row: number, column: number): string | undefined {
  return model.invalid.get(row * model.columns.length + column);
}
