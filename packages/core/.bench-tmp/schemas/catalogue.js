import { nullableString } from "./common.js";
import { z } from "zod";
// src/schemas/catalogue.ts
/**
* A source. The current API addresses it by `name`; the imports preview by UUID `id`.
* One schema serves both lists, so a catalogue may carry both.
*/
const SourceSchema = z.looseObject({
	name: z.string(),
	id: z.string().optional(),
	logo_url: nullableString
});
const SourceListSchema = z.looseObject({ sources: z.array(SourceSchema) });
const PinSourceRequestSchema = z.object({ run_id: z.string().nullable() });
const PinSourceResponseSchema = z.looseObject({
	source: z.string(),
	pinned_recipe_run_id: z.string().nullable()
});
const KNOWN_COLUMN_RULES = [
	"none",
	"ai",
	"strict",
	"link"
];
const TemplateColumnSchema = z.looseObject({
	name: z.string(),
	description: nullableString,
	required: z.boolean().optional().default(false),
	unique: z.boolean().optional().default(false),
	/** `none` | `ai` | `strict` | `link`; an unknown rule is kept as its string. */
	desiredRule: z.string().optional().default("none"),
	strictRule: z.string().optional(),
	linkRule: z.array(z.looseObject({
		templateId: z.string().optional(),
		columnName: z.string().optional()
	})).optional()
});
/** A template: `slug` in the current API, UUID `id` in the imports preview. */
const TemplateSchema = z.looseObject({
	slug: z.string().optional(),
	id: z.string().optional(),
	name: z.string(),
	description: nullableString,
	columns: z.array(TemplateColumnSchema).optional().default([])
});
const TemplateListSchema = z.looseObject({ templates: z.array(TemplateSchema) });
export { KNOWN_COLUMN_RULES, PinSourceRequestSchema, PinSourceResponseSchema, SourceListSchema, SourceSchema, TemplateColumnSchema, TemplateListSchema, TemplateSchema };
