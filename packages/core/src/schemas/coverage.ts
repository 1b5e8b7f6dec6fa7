import * as z from 'zod/mini';
import { isPlainObject } from './plainObject.ts';

/**
 * `report.coverage` is documented only as "per-column fill/distinct stats for the source
 * inputs and the imported outputs". We read the shape below (what `@vernkit/mock` sends),
 * also nested per sheet (`{ sheets: [{ templateName, columns }] }`), and ignore anything else.
 */
export const CoverageStatSchema = z.looseObject({
  filled: z.number(),
  distinct: z.optional(z.number()),
  total: z.number(),
});
export type CoverageStat = z.infer<typeof CoverageStatSchema>;

export const CoverageColumnSchema = z.looseObject({
  sheet: z.optional(z.string()),
  column: z.string(),
  input: z.optional(z.nullable(CoverageStatSchema)),
  output: CoverageStatSchema,
});
export type CoverageColumn = z.infer<typeof CoverageColumnSchema>;

/** A column is hollow when the source had values and the output lost most of them. */
export function isHollow(column: CoverageColumn): boolean {
  const out = column.output.total === 0 ? 0 : column.output.filled / column.output.total;
  const input = column.input && column.input.total > 0 ? column.input.filled / column.input.total : null;
  if (input === null) return out === 0 && column.output.total > 0;
  return input > 0 && out < input * 0.5;
}

export function readCoverage(coverage: unknown): CoverageColumn[] {
  if (!isPlainObject(coverage)) return [];
  const out: CoverageColumn[] = [];
  const take = (items: unknown, sheet?: string) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const parsed = CoverageColumnSchema.safeParse(isPlainObject(item) && sheet ? { sheet, ...item } : item);
      if (parsed.success) out.push(parsed.data);
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
