import { TemplateRefSchema, isPlainObject } from "./common.js";
import { z } from "zod";
// src/schemas/preview.ts
/**
* The grid is checked by a hand loop, not a per-cell zod walk: a 100,000 × 20 preview
* must validate in a fraction of its `JSON.parse` time. Non-string scalars are
* coerced to strings (numbers sneak in), anything else fails with its position.
*/
const GridSchema = z.custom((value) => Array.isArray(value)).transform((rows, ctx) => {
	const grid = rows;
	for (let r = 0; r < grid.length; r++) {
		const row = grid[r];
		if (!Array.isArray(row)) {
			ctx.addIssue({
				code: "custom",
				message: "Expected a row array",
				path: [r]
			});
			return z.NEVER;
		}
		for (let c = 0; c < row.length; c++) {
			const cell = row[c];
			if (typeof cell === "string") continue;
			if (cell === null || cell === void 0) row[c] = "";
			else if (typeof cell === "number" || typeof cell === "boolean") row[c] = String(cell);
			else {
				ctx.addIssue({
					code: "custom",
					message: "Expected a string cell",
					path: [r, c]
				});
				return z.NEVER;
			}
		}
	}
	return grid;
});
const RawInvalidCellSchema = z.looseObject({}).transform((c) => c);
function normalizeInvalidCell(raw, header) {
	const row = numberOf(raw.row ?? raw.rowIndex ?? raw.row_index);
	if (row === null || row < 0) return null;
	let columnIndex = numberOf(raw.colIndex ?? raw.col_index ?? raw.columnIndex ?? raw.column_index);
	let column = typeof raw.columnName === "string" ? raw.columnName : void 0;
	if (column === void 0 && typeof raw.column === "string") column = raw.column;
	if (columnIndex === null && typeof raw.column === "number") columnIndex = raw.column;
	if (column === void 0 && columnIndex !== null) column = header[columnIndex];
	if (column !== void 0 && columnIndex === null) {
		const found = header.indexOf(column);
		columnIndex = found === -1 ? null : found;
	}
	if (column === void 0 || columnIndex === null) return null;
	const error = [
		raw.error,
		raw.message,
		raw.reason
	].find((v) => typeof v === "string");
	return {
		row,
		column,
		columnIndex,
		error: error ?? "Invalid value"
	};
}
function numberOf(v) {
	if (typeof v === "number" && Number.isInteger(v)) return v;
	if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
	return null;
}
const PreviewSheetSchema = z.looseObject({
	template: TemplateRefSchema,
	rows: GridSchema,
	invalid_cells: z.array(RawInvalidCellSchema).nullable().optional().default([])
}).transform((sheet) => {
	const header = sheet.rows[0] ?? [];
	const invalid = [];
	for (const raw of sheet.invalid_cells ?? []) {
		if (!isPlainObject(raw)) continue;
		const cell = normalizeInvalidCell(raw, header);
		if (cell) invalid.push(cell);
	}
	return {
		...sheet,
		invalid_cells: invalid
	};
});
const PreviewSchema = z.looseObject({
	status: z.string().optional().default("awaiting_approval"),
	templates: z.array(TemplateRefSchema).optional().default([]),
	sheets: z.array(PreviewSheetSchema)
});
export { PreviewSchema, PreviewSheetSchema };
