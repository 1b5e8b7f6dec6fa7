// Kept free of zod at runtime: coverage is loose, display-only data, and `ReportSummary` must not
// pull zod into a host's bundle just to read it. The types still come from the schemas in
// `coverage.ts`, and `readCoverage.test.ts` checks this reader against `CoverageColumnSchema`.
import type { CoverageColumn, CoverageStat } from './coverage.ts';
import { isPlainObject } from './plainObject.ts';

/** What `z.number()` accepts: NaN and ±Infinity are rejected, negatives are not. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `CoverageStatSchema`: unknown keys are kept (a loose object). */
function readStat(value: unknown): CoverageStat | undefined {
  if (!isPlainObject(value)) return undefined;
  const { filled, total, distinct } = value;
  if (!isNumber(filled) || !isNumber(total)) return undefined;
  if (distinct !== undefined && !isNumber(distinct)) return undefined;
  return { ...value, filled, total };
}

/** `CoverageColumnSchema`, with the sheet name of a nested `sheets[]` entry as default `sheet`. */
function readColumn(item: unknown, sheet: string | undefined): CoverageColumn | undefined {
  if (!isPlainObject(item)) return undefined;
  const value = sheet ? { sheet, ...item } : item;
  const { column } = value;
  if (typeof column !== 'string') return undefined;
  if (value.sheet !== undefined && typeof value.sheet !== 'string') return undefined;
  const output = readStat(value.output);
  if (!output) return undefined;
  const read: CoverageColumn = { ...value, column, output };
  // `null` (no source column fed it) and `undefined` pass through as they came.
  if (value.input !== undefined && value.input !== null) {
    const input = readStat(value.input);
    if (!input) return undefined;
    read.input = input;
  }
  return read;
}

/** A column is hollow when the source had values and the output lost most of them. */
export function isHollow(column: CoverageColumn): boolean {
  const out = column.output.total === 0 ? 0 : column.output.filled / column.output.total;
  const input = column.input && column.input.total > 0 ? column.input.filled / column.input.total : null;
  if (input === null) return out === 0 && column.output.total > 0;
  return input > 0 && out < input * 0.5;
}

/**
 * The well-formed columns of `report.coverage`, flat (`{ columns }`) or per sheet
 * (`{ sheets: [{ templateName, columns }] }`); a malformed column is left out, never thrown on.
 */
export function readCoverage(coverage: unknown): CoverageColumn[] {
  if (!isPlainObject(coverage)) return [];
  const out: CoverageColumn[] = [];
  const take = (items: unknown, sheet?: string) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const column = readColumn(item, sheet);
      if (column) out.push(column);
    }
  };
  take(coverage.columns);
  if (Array.isArray(coverage.sheets)) {
    for (const sheet of coverage.sheets) {
      if (isPlainObject(sheet)) {
        const name = [sheet.templateName, sheet.name].find((n) => typeof n === 'string') as
          | string
          | undefined;
        take(sheet.columns, name);
      }
    }
  }
  return out;
}
