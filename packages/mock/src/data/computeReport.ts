import type { CoverageColumn, CoverageStat, PerSheetCount, Report } from '@vernkit/core';
import { findHeader } from './buildSheet.ts';
import { invalidRows } from './invalidRows.ts';
import type { ParsedTable, SheetData } from './types.ts';

/**
 * The execute report, computed from the data: `inserted` counts every row written
 * (flagged rows included, as Vern does), `invalidCellCount` the rows with at least
 * one flagged cell, and `coverage` one entry per output column comparing how full it
 * was in the source columns it came from (`input`, `null` when nothing fed it) with
 * how full it is now (`output`).
 */
export function computeReport(sheets: readonly SheetData[], inputs: readonly ParsedTable[]): Report {
  const perSheet: PerSheetCount[] = [];
  const columns: CoverageColumn[] = [];
  let inserted = 0;
  let invalidCellCount = 0;
  for (const sheet of sheets) {
    const count: PerSheetCount = { templateName: sheet.template.name, rowCount: sheet.rows.length };
    if (sheet.sheetId !== undefined) count.sheetId = sheet.sheetId;
    perSheet.push(count);
    inserted += sheet.rows.length;
    invalidCellCount += invalidRows(sheet).size;
    const tables = inputs.filter((t) => sheet.tables.includes(t.name));
    sheet.header.forEach((column, c) => {
      const sources = sheet.lineage.find((l) => l.column === column)?.sources ?? [];
      columns.push({
        sheet: sheet.template.name,
        column,
        input: inputStat(tables, sources),
        output: stat(sheet.rows.map((row) => row[c] ?? '')),
      });
    });
  }
  return { inserted, perSheet, invalidCellCount, coverage: { columns } };
}

function inputStat(tables: readonly ParsedTable[], sources: readonly string[]): CoverageStat | null {
  if (sources.length === 0) return null;
  const values: string[] = [];
  let found = false;
  for (const table of tables) {
    const indices = sources.map((s) => findHeader(table.header, s)).filter((i) => i !== -1);
    if (indices.length > 0) found = true;
    for (const row of table.rows)
      values.push(indices.map((i) => row[i] ?? '').find((v) => v.trim() !== '') ?? '');
  }
  return found ? stat(values) : null;
}

function stat(values: readonly string[]): CoverageStat {
  const distinct = new Set<string>();
  let filled = 0;
  for (const value of values) {
    const v = value.trim();
    if (v === '') continue;
    filled++;
    distinct.add(v);
  }
  return { filled, distinct: distinct.size, total: values.length };
}
