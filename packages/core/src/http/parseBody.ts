import type * as z from 'zod/mini';
import { VernApiError } from '../errors/VernApiError.ts';
import { loadSchemas, type SchemaPick } from './loadSchemas.ts';
import { redactUrl } from './url.ts';

export interface ResponseContext {
  method: string;
  url: string;
  status: number;
}

/** `sheets[0].rows[3]`: the path a developer would type to reach the field. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function invalid(
  ctx: ResponseContext,
  path: string,
  detail: string,
  body: unknown,
  cause?: unknown,
): VernApiError {
  const where = `${ctx.method} ${redactUrl(ctx.url)}`;
  return new VernApiError({
    kind: 'invalid_response',
    status: ctx.status,
    method: ctx.method,
    url: redactUrl(ctx.url),
    path,
    body,
    cause,
    message: `Unexpected response from ${where}: ${path ? `${path}: ` : ''}${detail}`,
  });
}

/** Parse a body that must be JSON; anything else is an `invalid_response`, never a raw SyntaxError. */
export function parseJsonText(text: string, ctx: ResponseContext): unknown {
  if (text.trim() === '') throw invalid(ctx, '', 'expected a JSON body, got an empty one', text);
  try {
    return JSON.parse(text);
  } catch (cause) {
    const preview = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    throw invalid(ctx, '', `expected JSON, got ${JSON.stringify(preview)}`, undefined, cause);
  }
}

/**
 * Validate with a schema, after `prepare` reshapes the value; the first failing field is named
 * in `path` and in the message, and the error keeps the body as received.
 */
export async function validate<S extends z.ZodMiniType>(
  pick: SchemaPick<S>,
  value: unknown,
  ctx: ResponseContext,
  prepare?: (value: unknown) => unknown,
): Promise<z.output<S>> {
  const schemas = await loadSchemas();
  const result = schemas.safeParse(pick(schemas), prepare ? prepare(value) : value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? formatIssuePath(issue.path) : '';
  throw invalid(ctx, path, issue?.message ?? 'does not match the documented shape', value, result.error);
}
