import * as z from 'zod/mini';

/**
 * `report.coverage` is documented only as "per-column fill/distinct stats for the source
 * inputs and the imported outputs". We read the shape below (what `@vernkit/mock` sends),
 * also nested per sheet (`{ sheets: [{ templateName, columns }] }`), and ignore anything else.
 *
 * These schemas give the types; `readCoverage.ts` reads the data without zod, in a module of
 * its own so that a bundle which only displays coverage drops these definitions.
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
