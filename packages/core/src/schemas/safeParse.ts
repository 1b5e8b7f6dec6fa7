import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships no messages: without a locale every issue reads "Invalid input". The English
// locale is passed per parse rather than through `z.config`, so a host's own zod setup is untouched.
let english: z.core.$ZodErrorMap | undefined;

/** `schema.safeParse` with English issue messages ("expected string, received number"). */
export function safeParse<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): z.util.SafeParseResult<z.output<S>> {
  english ??= en().localeError;
  return schema.safeParse(value, { error: english });
}
