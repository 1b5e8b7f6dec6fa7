import { applyStep } from './applyStep.ts';
import { headerKey } from './headerKey.ts';
import type { HeaderMapping, ParsedTable, Recipe, SheetData, Template } from './types.ts';
import { validateRows } from './validateRows.ts';

export interface BuildSheetInput {
  tables: readonly ParsedTable[];
  template: Template;
  mapping: HeaderMapping;
  recipe: Recipe;
  /** Other sheets of the migration, for link rules: build the linked-to sheet first. */
  related?: readonly SheetData[];
  sheetId?: string;
}

/**
 * Build one output sheet: rows from every table in order, each template column filled
 * from its mapped source header (or the sources a `use_source` step chose), then the
 * recipe's steps in order, then validation. The input tables are never modified.
 */
export function buildSheet(input: BuildSheetInput): SheetData {
  const { tables, template, mapping, recipe } = input;
  const header = (template.columns ?? []).map((c) => c.name);
  const sources = header.map((column) => {
    const chosen = recipe.steps.findLast((s) => s.kind === 'use_source' && s.column === column);
    if (chosen?.kind === 'use_source') return chosen.sources;
    const source = mapping.columns.find((m) => m.column === column)?.source;
    return source ? [source] : [];
  });

  let rows: string[][] = [];
  for (const table of tables) {
    const indices = sources.map((names) =>
      names.map((n) => findHeader(table.header, n)).filter((i) => i !== -1),
    );
    for (const source of table.rows) {
      const row = new Array<string>(header.length);
      for (let c = 0; c < indices.length; c++) row[c] = coalesce(source, indices[c] as number[]);
      rows.push(row);
    }
  }
  for (const step of recipe.steps) rows = applyStep(step, rows, header, template);

  const sheet: SheetData = {
    template: templateRef(template),
    header,
    rows,
    invalid: validateRows(header, rows, template, { related: input.related ?? [] }),
    lineage: header.map((column, c) => ({ column, sources: sources[c] ?? [] })),
    tables: tables.map((t) => t.name),
  };
  if (input.sheetId !== undefined) sheet.sheetId = input.sheetId;
  return sheet;
}

export function templateRef(template: Template): SheetData['template'] {
  const ref: SheetData['template'] = { name: template.name };
  if (template.slug !== undefined) ref.slug = template.slug;
  if (template.id !== undefined) ref.id = template.id;
  return ref;
}

export function findHeader(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  const key = headerKey(name);
  return header.findIndex((h) => headerKey(h) === key);
}

function coalesce(row: readonly string[], indices: readonly number[]): string {
  let fallback = '';
  for (const i of indices) {
    const value = row[i] ?? '';
    if (value.trim() !== '') return value;
    if (fallback === '') fallback = value;
  }
  return fallback;
}
