import * as z from 'zod/mini';
import { nullableString } from './common.ts';

/**
 * A source. The current API addresses it by `name`; the imports preview by UUID `id`.
 * One schema serves both lists, so a catalogue may carry both.
 */
export const SourceSchema = z.looseObject({
  name: z.string(),
  id: z.optional(z.string()),
  logo_url: nullableString,
});
export type Source = z.infer<typeof SourceSchema>;

export const SourceListSchema = z.looseObject({ sources: z.array(SourceSchema) });
export type SourceList = z.infer<typeof SourceListSchema>;

export const PinSourceRequestSchema = z.object({ run_id: z.nullable(z.string()) });
export type PinSourceRequest = z.infer<typeof PinSourceRequestSchema>;

export const PinSourceResponseSchema = z.looseObject({
  source: z.string(),
  pinned_recipe_run_id: z.nullable(z.string()),
});
export type PinSourceResponse = z.infer<typeof PinSourceResponseSchema>;

export const TemplateColumnSchema = z.looseObject({
  name: z.string(),
  description: nullableString,
  required: z._default(z.optional(z.boolean()), false),
  unique: z._default(z.optional(z.boolean()), false),
  /** `none` | `ai` | `strict` | `link`; an unknown rule is kept as its string. */
  desiredRule: z._default(z.optional(z.string()), 'none'),
  strictRule: z.optional(z.string()),
  linkRule: z.optional(
    z.array(z.looseObject({ templateId: z.optional(z.string()), columnName: z.optional(z.string()) })),
  ),
});
export type TemplateColumn = z.infer<typeof TemplateColumnSchema>;

/** A template: `slug` in the current API, UUID `id` in the imports preview. */
export const TemplateSchema = z.looseObject({
  slug: z.optional(z.string()),
  id: z.optional(z.string()),
  name: z.string(),
  description: nullableString,
  columns: z._default(z.optional(z.array(TemplateColumnSchema)), []),
});
export type Template = z.infer<typeof TemplateSchema>;

export const TemplateListSchema = z.looseObject({ templates: z.array(TemplateSchema) });
export type TemplateList = z.infer<typeof TemplateListSchema>;
