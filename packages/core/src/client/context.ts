import type * as z from 'zod/mini';
import { VernApiError } from '../errors/VernApiError.ts';
import { formatIssuePath } from '../http/parseBody.ts';
import type { SendSpec, Transport } from '../http/transport.ts';
import { isPlainObject } from '../schemas/plainObject.ts';
import { safeParse } from '../schemas/safeParse.ts';
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
export function checkInput<S extends z.ZodMiniType>(schema: S, value: unknown, name: string): void {
  const result = safeParse(schema, value);
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
  request: { url: string; body: unknown; input: z.ZodMiniType; name: string; schema: S },
  options?: Pick<SendSpec, 'signal' | 'retry'>,
): Promise<z.output<S>> {
  checkInput(request.input, request.body, request.name);
  const { url, body, schema } = request;
  return (await transport.json({ method: 'POST', url, body, idempotent: false, schema, ...options })).data;
}
