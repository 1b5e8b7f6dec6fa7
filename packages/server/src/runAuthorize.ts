import { errorResponse } from './jsonResponse.ts';
import { reportError } from './reportError.ts';
import type { ResolvedOptions } from './resolveOptions.ts';
import type { AuthorizeDecision, VernProxyTarget } from './types.ts';

export type AuthorizeOutcome = { ok: true; decision: AuthorizeDecision } | { ok: false; response: Response };

const DENY_STATUSES = new Set([401, 403, 404]);
const DEFAULT_DENY: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found' };

/** Fails closed: a throw, a rejection or an unexpected return value never lets a request through. */
export async function runAuthorize(
  config: ResolvedOptions,
  request: Request,
  target: VernProxyTarget,
  path: string,
): Promise<AuthorizeOutcome> {
  const fail = (message: string, error?: unknown): AuthorizeOutcome => {
    reportError(config, {
      kind: 'authorize',
      message,
      status: 500,
      method: request.method,
      path,
      operation: target.operation,
      error,
    });
    return { ok: false, response: errorResponse(500, 'Authorization failed') };
  };
  let result: unknown;
  try {
    result = await config.authorize(request, Object.freeze({ ...target }));
  } catch (error) {
    return fail('authorize threw', error);
  }
  if (result === true) return { ok: true, decision: { allow: true } };
  if (result === false) return { ok: false, response: errorResponse(403, DEFAULT_DENY[403] as string) };
  if (
    typeof result !== 'object' ||
    result === null ||
    typeof (result as AuthorizeDecision).allow !== 'boolean'
  ) {
    return fail('authorize must return true, false or { allow: boolean }');
  }
  const decision = result as AuthorizeDecision;
  if (decision.allow) return { ok: true, decision };
  const status = decision.status !== undefined && DENY_STATUSES.has(decision.status) ? decision.status : 403;
  const message =
    typeof decision.error === 'string' && decision.error ? decision.error : (DEFAULT_DENY[status] as string);
  return { ok: false, response: errorResponse(status, message) };
}
