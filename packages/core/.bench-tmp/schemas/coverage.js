import { isPlainObject } from "./common.js";
import { z } from "zod";
// src/schemas/coverage.ts
/**
* `report.coverage` is documented only as "per-column fill/distinct stats for the source
* inputs and the imported outputs". We read the shape below (what `@vernkit/mock` sends),
* also nested per sheet (`{ sheets: [{ templateName, columns }] }`), and ignore anything else.
*/
const CoverageStatSchema = z.looseObject({
	filled: z.number(),
	distinct: z.number().optional(),
	total: z.number()
});
const CoverageColumnSchema = z.looseObject({
	sheet: z.string().optional(),
	column: z.string(),
	input: CoverageStatSchema.nullable().optional(),
	output: CoverageStatSchema
});
/** A column is hollow when the source had values and the output lost most of them. */
function isHollow(column) {
	const out = column.output.total === 0 ? 0 : column.output.filled / column.output.total;
	const input = column.input && column.input.total > 0 ? column.input.filled / column.input.total : null;
	if (input === null) return out === 0 && column.output.total > 0;
	return input > 0 && out < input * .5;
}
function readCoverage(coverage) {
	if (!isPlainObject(coverage)) return [];
	const out = [];
	const take = (items, sheet) => {
		if (!Array.isArray(items)) return;
		for (const item of items) {
			const parsed = CoverageColumnSchema.safeParse(isPlainObject(item) && sheet ? {
				sheet,
				...item
			} : item);
			if (parsed.success) out.push(parsed.data);
		}
	};
	take(coverage.columns);
	if (Array.isArray(coverage.sheets)) {
		for (const sheet of coverage.sheets) if (isPlainObject(sheet)) {
			const name = [sheet.templateName, sheet.name].find((n) => typeof n === "string");
			take(sheet.columns, name);
		}
	}
	return out;
}
export { CoverageColumnSchema, CoverageStatSchema, isHollow, readCoverage };
