import type { SheetData } from './types.ts';

/** A preview sheet exactly as `GET /preview` sends it. */
export interface PreviewSheetJson {
  template: { slug?: string; id?: string; name: string };
  rows: string[][];
  invalid_cells: Array<{ row: number; column: string; error: string }>;
}

export function toPreviewSheet(sheet: SheetData): PreviewSheetJson {
  const template: PreviewSheetJson['template'] = { name: sheet.template.name };
  if (sheet.template.slug !== undefined) template.slug = sheet.template.slug;
  if (sheet.template.id !== undefined) template.id = sheet.template.id;
  return {
    template,
    rows: [sheet.header, ...sheet.rows],
    invalid_cells: sheet.invalid.map(({ row, column, error }) => ({ row, column, error })),
  };
}
