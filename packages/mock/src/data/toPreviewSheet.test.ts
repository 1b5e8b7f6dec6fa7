import { PreviewSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { toPreviewSheet } from './toPreviewSheet.ts';
import type { SheetData } from './types.ts';

const sheet: SheetData = {
  template: { name: 'Contacts', slug: 'contacts', id: '5f0c6a2e-3b1d-4c8e-9a7f-1d2e3f4a5b6c' },
  header: ['Email', 'Status'],
  rows: [
    ['a@x.com', 'Open'],
    ['<img src=x onerror=alert(1)>', 'DONE'],
  ],
  invalid: [
    { row: 1, column: 'Email', error: 'Does not match the required format: ^x$', rule: 'format' },
    {
      row: 1,
      column: 'Status',
      error: 'Does not match allowed values: Open, Closed, Pending',
      rule: 'allowed',
    },
  ],
  lineage: [],
  tables: [],
};

describe('toPreviewSheet', () => {
  it('puts the header first and sends invalid cells as { row, column, error }', () => {
    expect(toPreviewSheet(sheet)).toEqual({
      template: { name: 'Contacts', slug: 'contacts', id: '5f0c6a2e-3b1d-4c8e-9a7f-1d2e3f4a5b6c' },
      rows: [
        ['Email', 'Status'],
        ['a@x.com', 'Open'],
        ['<img src=x onerror=alert(1)>', 'DONE'],
      ],
      invalid_cells: [
        { row: 1, column: 'Email', error: 'Does not match the required format: ^x$' },
        { row: 1, column: 'Status', error: 'Does not match allowed values: Open, Closed, Pending' },
      ],
    });
  });

  it('is a preview core reads, with rows counted from the first data row', () => {
    const preview = PreviewSchema.parse(JSON.parse(JSON.stringify({ sheets: [toPreviewSheet(sheet)] })));
    expect(preview.sheets[0]?.invalid_cells).toEqual([
      { row: 1, column: 'Email', columnIndex: 0, error: 'Does not match the required format: ^x$' },
      {
        row: 1,
        column: 'Status',
        columnIndex: 1,
        error: 'Does not match allowed values: Open, Closed, Pending',
      },
    ]);
    expect(preview.sheets[0]?.rows[1 + 1]?.[0]).toBe('<img src=x onerror=alert(1)>');
  });
});
