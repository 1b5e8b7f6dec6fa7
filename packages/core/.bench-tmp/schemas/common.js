import { z } from "zod";
// src/schemas/common.ts
/** Read a field under either of two spellings the API's two generations use. */
function renameKeys(value, renames) {
	if (!isPlainObject(value)) return value;
	let out;
	for (const [from, to] of Object.entries(renames)) if (value[to] === void 0 && value[from] !== void 0) {
		out ??= { ...value };
		out[to] = value[from];
	}
	return out ?? value;
}
function isPlainObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** `{ slug, name }` as the current API names a template; the imports preview may add `id`. */
const TemplateRefSchema = z.looseObject({
	slug: z.string().optional(),
	id: z.string().optional(),
	name: z.string()
});
/** Every error body: `{ "error": "…" }`, plus `run_id` on the 409 that recovers a run. */
const ApiErrorBodySchema = z.looseObject({
	error: z.string(),
	run_id: z.string().optional()
});
const nullableString = z.string().nullable().optional();
export { ApiErrorBodySchema, TemplateRefSchema, isPlainObject, nullableString, renameKeys };
