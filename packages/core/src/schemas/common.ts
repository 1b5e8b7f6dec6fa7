import * as z from 'zod/mini';

/** `{ slug, name }` as the current API names a template; the imports preview may add `id`. */
export const TemplateRefSchema = z.looseObject({
  slug: z.optional(z.string()),
  id: z.optional(z.string()),
  name: z.string(),
});
export type TemplateRef = z.infer<typeof TemplateRefSchema>;

/** Every error body: `{ "error": "…" }`, plus `run_id` on the 409 that recovers a run. */
export const ApiErrorBodySchema = z.looseObject({
  error: z.string(),
  run_id: z.optional(z.string()),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export const nullableString = z.optional(z.nullable(z.string()));
