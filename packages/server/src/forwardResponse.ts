import { createdEvent } from './createdEvent.ts';
import { downstreamResponseHeaders } from './headers.ts';
import { errorResponse, jsonResponse } from './jsonResponse.ts';
import { readLimited } from './readLimited.ts';
import { createRedactingStream, redactText } from './redact.ts';
import { reportError } from './reportError.ts';
import type { ResolvedOptions } from './resolveOptions.ts';
import { rewritePollUrls } from './rewritePollUrls.ts';
import { type RelayContext, rewriteSignedUrls } from './rewriteSignedUrls.ts';
import type { RouteSpec } from './routes.ts';
import type { VernProxyTarget } from './types.ts';

const MAX_ERROR_BODY = 64 * 1024;
const MAX_BUFFERED_BODY = 16 * 1024 * 1024;
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export interface ForwardContext {
  config: ResolvedOptions;
  request: Request;
  route: RouteSpec;
  target: VernProxyTarget;
  /** The browser's request path, for `onError`. */
  path: string;
  sentBody: Record<string, unknown> | undefined;
  relay: RelayContext | null;
}

/** Turns Vern's answer into the browser's: filtered headers, sanitized errors, rewritten URLs. */
export async function forwardResponse(ctx: ForwardContext, upstream: Response): Promise<Response> {
  const { config, request, route, path } = ctx;
  const report = (kind: 'upstream_auth' | 'upstream_response', message: string, status: number) =>
    reportError(config, {
      kind,
      message,
      status,
      method: request.method,
      path,
      operation: route.operation,
      upstreamStatus: upstream.status,
    });

  if (upstream.status >= 300 && upstream.status < 400) {
    await discard(upstream);
    report('upstream_response', `Vern answered with a redirect (${upstream.status})`, 502);
    return errorResponse(502, 'Unexpected response from Vern');
  }
  if (upstream.status === 401) {
    await discard(upstream);
    report('upstream_auth', 'Vern rejected the API key (401)', 502);
    return errorResponse(502, 'The server could not authenticate with Vern');
  }
  if (upstream.status >= 400) return sanitizeError(ctx, upstream, report);

  const headers = downstreamResponseHeaders(upstream.headers, config.apiKey);
  if (NULL_BODY_STATUSES.has(upstream.status) || upstream.body === null) {
    await discard(upstream);
    return new Response(null, { status: upstream.status, headers });
  }
  if (route.response === 'stream') {
    return new Response(upstream.body.pipeThrough(createRedactingStream(config.apiKey)), {
      status: upstream.status,
      headers,
    });
  }

  const read = await readLimited(upstream.body, MAX_BUFFERED_BODY);
  let body: unknown;
  try {
    if (!read.ok) throw new Error('too large');
    body = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    report('upstream_response', 'Vern answered with a body that is not JSON (or too large to rewrite)', 502);
    return errorResponse(502, 'Unexpected response from Vern');
  }
  rewritePollUrls(body, config.baseUrl, config.basePath);
  if (ctx.relay) {
    const owner = { migrationId: ctx.target.migrationId, companyId: ctx.target.companyId };
    await rewriteSignedUrls(route, body, owner, ctx.relay, Math.floor(Date.now() / 1000));
  }
  const event = config.onCreated
    ? createdEvent(route, upstream.status, body, ctx.target, ctx.sentBody)
    : null;
  if (event && config.onCreated) {
    try {
      await config.onCreated(request, event);
    } catch (error) {
      reportError(config, {
        kind: 'on_created',
        message: 'onCreated threw',
        status: 500,
        method: request.method,
        path,
        operation: route.operation,
        upstreamStatus: upstream.status,
        error,
      });
      return errorResponse(500, 'The request could not be completed');
    }
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(redactText(JSON.stringify(body), config.apiKey), { status: upstream.status, headers });
}

/**
 * Error bodies are read (bounded) and re-emitted as `{ error, … }` JSON: an HTML error page
 * from a load balancer never reaches the browser, and the 409's `run_id` still does.
 */
async function sanitizeError(
  ctx: ForwardContext,
  upstream: Response,
  report: (kind: 'upstream_response', message: string, status: number) => void,
): Promise<Response> {
  const { status } = upstream;
  const read = await readLimited(upstream.body, MAX_ERROR_BODY).catch(() => null);
  let body: Record<string, unknown> | null = null;
  if (read?.ok) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(read.bytes));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        const record = parsed as Record<string, unknown>;
        if (typeof record.error === 'string') body = record;
      }
    } catch {
      // Not JSON: replaced below.
    }
  }
  if (status >= 500) report('upstream_response', `Vern answered ${status}`, status);
  const extra: Record<string, string> = {};
  const retryAfter = upstream.headers.get('retry-after');
  if (retryAfter && /^\d{1,6}$/.test(retryAfter)) extra['retry-after'] = retryAfter;
  const safe = body ?? { error: `Vern answered with HTTP ${status}` };
  const text = redactText(JSON.stringify(safe), ctx.config.apiKey);
  return jsonResponse(status, JSON.parse(text), extra);
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
