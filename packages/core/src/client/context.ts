import type * as z from 'zod/mini';
import { VernApiError } from '../errors/VernApiError.ts';
import { loadSchemas, type SchemaPick } from '../http/loadSchemas.ts';
import { formatIssuePath } from '../http/parseBody.ts';
import type { JsonSpec, SendSpec, Transport } from '../http/transport.ts';
import { isPlainObject } from '../schemas/plainObject.ts';
import type { VernClientOptions } from './VernClient.ts';

export interface ClientContext {
  baseUrl: string;
  transport: Transport;
  uploadTransport: NonNullable<VernClientOptions['uploadTransport']>;
}

/**
 * Check a request body before it leaves, so a typo is a clear `bad_request` naming the field
 * instead of a round trip. The caller's object is sent as given (unknown extra fields
 * included), not the parsed copy.
 */
export async function checkInput<S extends z.ZodMiniType>(
  pick: SchemaPick<S>,
  value: unknown,
  name: string,
): Promise<void> {
  const schemas = await loadSchemas();
  const result = schemas.safeParse(pick(schemas), value);
  if (result.success) return;
  const issue = result.error.issues[0];
  const path = issue ? formatIssuePath(issue.path) : '';
  throw new VernApiError({
    kind: 'bad_request',
    status: 0,
    path,
    cause: result.error,
    message: `Invalid ${name}${path ? ` at ${path}` : ''}: ${issue?.message ?? 'does not match the documented shape'}`,
  });
}

/**
 * `checkInput` for a value from a closed list, without the schemas: the URL builders
 * (`exportUrl`) answer synchronously, before anything could load.
 */
export function checkOneOf(allowed: readonly string[], value: unknown, name: string): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  throw new VernApiError({
    kind: 'bad_request',
    status: 0,
    path: '',
    message: `Invalid ${name}: Invalid option: expected one of ${allowed.map((a) => JSON.stringify(a)).join('|')}`,
  });
}

/** The URL already names the run; a body that leaves `run_id` out still describes that run. */
export function withRunId(body: unknown, runId: string | undefined): unknown {
  if (runId && isPlainObject(body) && body.run_id === undefined) return { ...body, run_id: runId };
  return body;
}

/** The last path segment after `/runs/` or `/imports/`, decoded. */
export function runIdFromUrl(url: string): string | undefined {
  const match = /\/(?:runs|imports)\/([^/?#]+)\/?(?:[?#]|$)/.exec(url);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * A mutation: the body checked against its request schema, sent once (a POST is never re-sent
 * blindly), the answer validated against its response schema.
 */
export async function postJson<S extends z.ZodMiniType>(
  transport: Transport,
  request: Pick<JsonSpec<S>, 'url' | 'body' | 'schema'> & { input: SchemaPick<z.ZodMiniType>; name: string },
  options?: Pick<SendSpec, 'signal' | 'retry'>,
): Promise<z.output<S>> {
  await checkInput(request.input, request.body, request.name);
  const { url, body, schema } = request;
  return (await transport.json({ method: 'POST', url, body, idempotent: false, schema, ...options })).data;
}
