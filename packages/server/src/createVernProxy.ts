import { forwardQuery } from './forwardQuery.ts';
import { forwardResponse } from './forwardResponse.ts';
import { handleRelay } from './handleRelay.ts';
import { upstreamRequestHeaders } from './headers.ts';
import { errorResponse } from './jsonResponse.ts';
import { matchRoute, type RouteParams, upstreamPath } from './matchRoute.ts';
import { parseJsonBody } from './parseJsonBody.ts';
import { readLimited } from './readLimited.ts';
import { REDACTED } from './redact.ts';
import { createRelaySigner, type RelaySigner } from './relayToken.ts';
import { reportError } from './reportError.ts';
import { type ResolvedOptions, resolveOptions } from './resolveOptions.ts';
import type { RelayContext } from './rewriteSignedUrls.ts';
import { RELAY_SEGMENTS, type RouteSpec } from './routes.ts';
import { runAuthorize } from './runAuthorize.ts';
import { checkPath } from './safePath.ts';
import type { VernProxy, VernProxyOptions, VernProxyTarget } from './types.ts';

/**
 * A Web-standard `(Request) => Promise<Response>` handler that forwards the documented Vern
 * endpoints (both API generations) with your API key, after your `authorize` says yes.
 * Stateless: run as many instances as you like.
 *
 * @example
 * const proxy = createVernProxy({
 *   apiKey: process.env.VERN_API_KEY!,
 *   basePath: '/api/vern',
 *   authorize: async (request, target) => {
 *     const user = await sessionUser(request);
 *     if (!user) return { allow: false, status: 401 };
 *     if (target.scope === 'migration') return ownsMigration(user, target.migrationId);
 *     if (target.operation === 'createMigration') return { allow: true, createMigration: { external_id: user.tenantId } };
 *     return target.readOnly; // catalogue reads
 *   },
 * });
 */
export function createVernProxy(options: VernProxyOptions): VernProxy {
  const config = resolveOptions(options);
  const signer = config.relay ? createRelaySigner(config.relay.secret) : null;
  const relay: RelayContext | null =
    config.relay && signer
      ? {
          signer,
          ttlSeconds: config.relay.ttlSeconds,
          basePath: config.basePath,
          allowHttp: config.baseUrl.protocol === 'http:',
        }
      : null;

  const handler = async (request: Request): Promise<Response> => {
    let path = '';
    try {
      path = new URL(request.url).pathname;
      return await handle(config, signer, relay, request);
    } catch (error) {
      reportError(config, {
        kind: 'internal',
        message: 'Unexpected proxy failure',
        status: 500,
        method: request.method,
        path,
        error,
      });
      return errorResponse(500, 'Internal proxy error');
    }
  };
  return Object.assign(handler, { basePath: config.basePath });
}

async function handle(
  config: ResolvedOptions,
  signer: RelaySigner | null,
  relay: RelayContext | null,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url);
  const checked = checkPath(url.pathname);
  if (!checked.ok) return errorResponse(400, checked.error);
  const segments = stripBase(checked.segments, config.baseSegments);
  if (!segments) return errorResponse(404, 'Not found');

  if (config.relay && signer && sameSegments(segments, RELAY_SEGMENTS)) {
    return handleRelay(config, config.relay, signer, request, url);
  }

  const method = request.method.toUpperCase();
  const match = matchRoute(method, segments);
  if (match.kind === 'not_found') return errorResponse(404, 'Not found');
  if (match.kind === 'bad_param') return errorResponse(400, match.error);
  if (match.kind === 'method_not_allowed') {
    return errorResponse(405, 'Method not allowed', { allow: match.allow.join(', ') });
  }
  const { route, params } = match;

  const query = forwardQuery(route.query, url.searchParams, config.allowThreadInclude);
  if (!query.ok) return errorResponse(400, query.error);

  let body: Record<string, unknown> | undefined;
  if (route.body === 'json') {
    const read = await readJson(config, request);
    if (read instanceof Response) return read;
    body = read;
  }

  const target = buildTarget(route, params, body, query.include);
  const auth = await runAuthorize(config, request, target, url.pathname);
  if (!auth.ok) return auth.response;
  if (body && route.operation === 'createMigration' && auth.decision.createMigration) {
    body = { ...body, ...auth.decision.createMigration };
  }
  if (body && route.operation === 'provisionCompany' && auth.decision.provisionCompany) {
    body = { ...body, ...auth.decision.provisionCompany };
  }

  let upstream: Response;
  try {
    upstream = await config.fetch(config.baseHref + target.path + query.search, {
      method: route.method,
      headers: upstreamRequestHeaders(request.headers, config.apiKey, body ? 'application/json' : undefined),
      body: body ? JSON.stringify(body) : null,
      // Never follow: a redirect would carry `x-api-key` to wherever it points.
      redirect: 'manual',
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) return errorResponse(499, 'Client closed the request');
    reportError(config, {
      kind: 'upstream_unreachable',
      message: 'Could not reach Vern',
      status: 502,
      method,
      path: url.pathname,
      operation: route.operation,
      error,
    });
    return errorResponse(502, 'Could not reach Vern');
  }
  return forwardResponse(
    { config, request, route, target, path: url.pathname, sentBody: body, relay },
    upstream,
  );
}

async function readJson(
  config: ResolvedOptions,
  request: Request,
): Promise<Record<string, unknown> | Response> {
  const type = request.headers.get('content-type') ?? '';
  // Also a CSRF guard: a cross-site form cannot send `application/json` without a CORS preflight.
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return errorResponse(415, 'Content-Type must be application/json');
  }
  const length = request.headers.get('content-length');
  if (length !== null && /^\d+$/.test(length) && Number(length) > config.maxBodyBytes) {
    await request.body?.cancel().catch(() => undefined);
    return errorResponse(413, `Request body is larger than ${config.maxBodyBytes} bytes`);
  }
  const read = await readLimited(request.body, config.maxBodyBytes);
  if (!read.ok) return errorResponse(413, `Request body is larger than ${config.maxBodyBytes} bytes`);
  const parsed = parseJsonBody(read.bytes);
  if (!parsed.ok) return errorResponse(400, parsed.error);
  return parsed.value;
}

function buildTarget(
  route: RouteSpec,
  params: RouteParams,
  body: Record<string, unknown> | undefined,
  include: VernProxyTarget['include'],
): VernProxyTarget {
  const target: VernProxyTarget = {
    operation: route.operation,
    method: route.method,
    api: route.api,
    scope: route.scope,
    readOnly: route.method === 'GET',
    path: upstreamPath(route, params),
  };
  if (params.migrationId) target.migrationId = params.migrationId;
  if (params.runId) target.runId = params.runId;
  if (params.companyId) target.companyId = params.companyId;
  if (params.templateSlug) target.templateSlug = params.templateSlug;
  if (params.source) target.source = params.source;
  if (include) target.include = include;
  if (body) {
    if (route.operation === 'startRun' && typeof body.kind === 'string') target.runKind = body.kind;
    if (route.operation === 'submitDecision' && typeof body.decision === 'string')
      target.decision = body.decision;
    const shown: Record<string, unknown> = structuredClone(body);
    for (const key of route.secretKeys ?? []) if (key in shown) shown[key] = REDACTED;
    target.body = Object.freeze(shown);
  }
  return target;
}

function stripBase(segments: string[], base: readonly string[]): string[] | null {
  if (segments.length < base.length) return null;
  for (let i = 0; i < base.length; i++) if (segments[i] !== base[i]) return null;
  return segments.slice(base.length);
}

function sameSegments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
