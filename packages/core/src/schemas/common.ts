import * as z from 'zod';

/** Read a field under either of two spellings the API's two generations use. */
export function renameKeys(value: unknown, renames: Record<string, string>): unknown {
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const [from, to] of Object.entries(renames)) {
    if (value[to] === undefined && value[from] !== undefined) {
      out ??= { ...value };
      out[to] = value[from];
    }
  }
  return out ?? value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ slug, name }` as the current API names a template; the imports preview may add `id`. */
export const TemplateRefSchema = z.looseObject({
  slug: z.string().optional(),
  id: z.string().optional(),
  name: z.string(),
});
export type TemplateRef = z.infer<typeof TemplateRefSchema>;

/** Every error body: `{ "error": "…" }`, plus `run_id` on the 409 that recovers a run. */
export const ApiErrorBodySchema = z.looseObject({
  error: z.string(),
  run_id: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export const nullableString = z.string().nullable().optional();
