import type { CsvFilter } from '../data/index.ts';
import { sheetIdFor } from '../engine/agent/sheetIds.ts';
import { badRequest, notFound } from '../http/ApiError.ts';
import type { RouteHandler } from './context.ts';
import { csvResponse, emptySheet } from './csvResponse.ts';
import { companyOf, migrationOf } from './lookup.ts';

function readFilter(url: URL, allowed: readonly CsvFilter[]): CsvFilter {
  const filter = url.searchParams.get('filter') ?? 'valid';
  if (!(allowed as readonly string[]).includes(filter))
    throw badRequest(`filter must be one of ${allowed.join(', ')}`);
  return filter as CsvFilter;
}

/**
 * `GET /migrations/{id}/exports/{slug}.csv`: the executed data of one sheet. Before an
 * execute nothing is imported yet, so the file is the header alone (`X-Total-Records: 0`).
 */
export const exportMigrationCsv: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const file = ctx.params.file ?? '';
  if (!file.toLowerCase().endsWith('.csv') || file.length <= 4) {
    throw badRequest('The export path must be a template slug ending in .csv (for example contacts.csv)');
  }
  const filter = readFilter(ctx.url, ['valid', 'all', 'invalid']);
  const slug = file.slice(0, -4);
  const template = migration.templates.find((t) => t.slug === slug);
  if (!template) {
    const known = ctx.sim.world.templates.some((t) => t.slug === slug);
    throw notFound(
      known ? `This migration has no sheet for template "${slug}"` : `No template with slug "${slug}"`,
    );
  }
  const sheet =
    migration.imported?.sheets.find((s) => s.template.slug === slug)?.sheet ??
    emptySheet(template, sheetIdFor(migration.id, template));
  return csvResponse(sheet, filter, `${slug}.csv`);
};

/** `GET /companies/{id}/export.csv?sheet_id=&filter=valid|all`: one sheet; the multi-sheet ZIP is not available. */
export const exportCompanyCsv: RouteHandler = (ctx) => {
  const company = companyOf(ctx);
  const filter = readFilter(ctx.url, ['valid', 'all']);
  const sheetId = ctx.url.searchParams.get('sheet_id');
  if (!sheetId) throw badRequest('sheet_id is required: the multi-sheet ZIP export is not available yet');
  const index = company.sheets.findIndex((s) => s.id === sheetId);
  const companySheet = company.sheets[index];
  if (!companySheet) throw notFound(`No sheet with id "${sheetId}" in this company`);
  const sheet = company.data?.[index] ?? emptySheet(companySheet.template, companySheet.id);
  const name = (companySheet.template.slug ?? companySheet.template.name).replace(/[^A-Za-z0-9_-]+/g, '_');
  return csvResponse(sheet, filter, `${name}.csv`);
};
