import * as z from 'zod';
import { nullableString } from './common.ts';

/**
 * A source. The current API addresses it by `name`; the imports preview by UUID `id`.
 * One schema serves both lists, so a catalogue may carry both.
 */
export const SourceSchema = z.looseObject({
  name: z.string(),
  id: z.string().optional(),
  logo_url: nullableString,
});
export type Source = z.infer<typeof SourceSchema>;

export const SourceListSchema = z.looseObject({ sources: z.array(SourceSchema) });
export type SourceList = z.infer<typeof SourceListSchema>;

export const PinSourceRequestSchema = z.object({ run_id: z.string().nullable() });
export type PinSourceRequest = z.infer<typeof PinSourceRequestSchema>;

export const PinSourceResponseSchema = z.looseObject({
  source: z.string(),
  pinned_recipe_run_id: z.string().nullable(),
});
export type PinSourceResponse = z.infer<typeof PinSourceResponseSchema>;

export const KNOWN_COLUMN_RULES = ['none', 'ai', 'strict', 'link'] as const;

export const TemplateColumnSchema = z.looseObject({
  name: z.string(),
  description: nullableString,
  required: z.boolean().optional().default(false),
  unique: z.boolean().optional().default(false),
  /** `none` | `ai` | `strict` | `link`; an unknown rule is kept as its string. */
  desiredRule: z.string().optional().default('none'),
  strictRule: z.string().optional(),
  linkRule: z
    .array(z.looseObject({ templateId: z.string().optional(), columnName: z.string().optional() }))
    .optional(),
});
export type TemplateColumn = z.infer<typeof TemplateColumnSchema>;

/** A template: `slug` in the current API, UUID `id` in the imports preview. */
export const TemplateSchema = z.looseObject({
  slug: z.string().optional(),
  id: z.string().optional(),
  name: z.string(),
  description: nullableString,
  columns: z.array(TemplateColumnSchema).optional().default([]),
});
export type Template = z.infer<typeof TemplateSchema>;

export const TemplateListSchema = z.looseObject({ templates: z.array(TemplateSchema) });
export type TemplateList = z.infer<typeof TemplateListSchema>;
