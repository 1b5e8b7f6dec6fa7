import { PreviewSchema } from './preview.ts';

const sheet = (rows: unknown, invalid_cells?: unknown) => ({
  template: { slug: 'contacts', name: 'Contacts' },
  rows,
  invalid_cells,
});

describe('PreviewSchema', () => {
  it('normalises every documented invalid-cell spelling to { row, column, columnIndex, error }', () => {
    const preview = PreviewSchema.parse({
      sheets: [
        sheet(
          [
            ['Email', 'Name'],
            ['x', 'Jane'],
          ],
          [
            { row: 0, column: 'Email', error: 'Not an email' },
            { rowIndex: 0, colIndex: 1, message: 'Too short' },
            { row: '0', columnName: 'Name', reason: 'Odd' },
            { row: 0, column: 'Missing' },
          ],
        ),
      ],
    });
    expect(preview.sheets[0]?.invalid_cells).toEqual([
      { row: 0, column: 'Email', columnIndex: 0, error: 'Not an email' },
      { row: 0, column: 'Name', columnIndex: 1, error: 'Too short' },
      { row: 0, column: 'Name', columnIndex: 1, error: 'Odd' },
    ]);
  });

  it('coerces scalar cells to strings and names the first non-scalar cell', () => {
    expect(PreviewSchema.parse({ sheets: [sheet([['n'], [42], [null]])] }).sheets[0]?.rows).toEqual([
      ['n'],
      ['42'],
      [''],
    ]);
    const bad = PreviewSchema.safeParse({ sheets: [sheet([['n'], [{ nested: true }]])] });
    expect(bad.error?.issues[0]?.path).toEqual(['sheets', 0, 'rows', 1, 0]);
  });

  it('rejects a preview without sheets', () => {
    expect(PreviewSchema.safeParse({ status: 'awaiting_approval' }).error?.issues[0]?.path).toEqual([
      'sheets',
    ]);
  });
});
