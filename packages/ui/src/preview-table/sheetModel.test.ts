import { PreviewSheetSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { buildSheetModel, cellError, sheetKey } from './sheetModel.ts';

const fallback = (n: number) => `Column ${n}`;

function sheet(raw: unknown) {
  return PreviewSheetSchema.parse(raw);
}

describe('buildSheetModel', () => {
  it('keys invalid cells by row * columns + column and lists flagged rows once, ascending', () => {
    const model = buildSheetModel(
      sheet({
        template: { slug: 'contacts', name: 'Contacts' },
        rows: [
          ['Email', 'Name'],
          ['a', 'A'],
          ['b', 'B'],
          ['c', 'C'],
        ],
        invalid_cells: [
          { row: 2, column: 'Name', error: 'Too short' },
          { row: 0, column: 'Email', error: 'Not an email' },
          { row: 2, column: 'Email', error: 'Not an email' },
        ],
      }),
      0,
      fallback,
    );
    expect(model.rowCount).toBe(3);
    expect(model.flaggedRows).toEqual([0, 2]);
    expect(cellError(model, 2, 1)).toBe('Too short');
    expect(cellError(model, 0, 0)).toBe('Not an email');
    expect(cellError(model, 1, 0)).toBeUndefined();
    expect(model.invalid.get(2 * 2 + 1)).toBe('Too short');
    expect(model.invalidPerColumn).toEqual([2, 1]);
  });

  it('joins distinct errors on one cell and drops duplicates', () => {
    const model = buildSheetModel(
      sheet({
        template: { name: 'Deals' },
        rows: [['Amount'], ['x']],
        invalid_cells: [
          { row: 0, column: 'Amount', error: 'Not a number' },
          { row: 0, column: 'Amount', error: 'Required' },
          { row: 0, column: 'Amount', error: 'Not a number' },
        ],
      }),
      0,
      fallback,
    );
    expect(cellError(model, 0, 0)).toBe('Not a number\nRequired');
    expect(model.invalidPerColumn).toEqual([1]);
  });

  it('names blank and missing header cells and widens to the widest ragged row', () => {
    const model = buildSheetModel(
      sheet({
        template: { name: 'Odd' },
        rows: [
          ['A', ''],
          ['1', '2', '3'],
        ],
      }),
      4,
      fallback,
    );
    expect(model.columns).toEqual(['A', 'Column 2', 'Column 3']);
    expect(model.key).toBe('sheet-4');
  });

  it('ignores invalid cells outside the grid', () => {
    const model = buildSheetModel(
      sheet({
        template: { name: 'T' },
        rows: [['A'], ['1']],
        invalid_cells: [{ row: 9, column: 'A', error: 'gone' }],
      }),
      0,
      fallback,
    );
    expect(model.flaggedRows).toEqual([]);
    expect(model.invalid.size).toBe(0);
  });

  it('treats a header-only or empty sheet as zero rows', () => {
    expect(buildSheetModel(sheet({ template: { name: 'T' }, rows: [['A']] }), 0, fallback).rowCount).toBe(0);
    const empty = buildSheetModel(sheet({ template: { name: 'T' }, rows: [] }), 0, fallback);
    expect(empty.rowCount).toBe(0);
    expect(empty.columns).toEqual([]);
  });

  it('clamps estimated widths between a minimum and a maximum', () => {
    const model = buildSheetModel(
      sheet({
        template: { name: 'T' },
        rows: [
          ['Id', 'Notes'],
          ['1', 'x'.repeat(10_000)],
        ],
      }),
      0,
      fallback,
    );
    const [narrow, wide] = model.widths;
    expect(narrow).toBe(88);
    expect(wide).toBe(320);
  });

  it('prefers the template slug, then its id, for the sheet key', () => {
    expect(sheetKey(sheet({ template: { slug: 's', id: 'i', name: 'N' }, rows: [] }), 0)).toBe('s');
    expect(sheetKey(sheet({ template: { id: 'i', name: 'N' }, rows: [] }), 0)).toBe('i');
  });
});
