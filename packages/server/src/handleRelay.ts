import { errorResponse, jsonResponse } from './jsonResponse.ts';
import { readLimited } from './readLimited.ts';
import type { RelaySigner } from './relayToken.ts';
import { reportError } from './reportError.ts';
import type { ResolvedOptions } from './resolveOptions.ts';
import { RELAY_SEGMENTS } from './routes.ts';
import { runAuthorize } from './runAuthorize.ts';
import type { VernProxyTarget } from './types.ts';

/**
 * `PUT {basePath}/_relay/upload?token=…`: streams the file to the signed storage URL the
 * token carries. The token proves the URL came from Vern through this proxy; `authorize` is
 * asked again, so a leaked link is useless to another tenant.
 */
export async function handleRelay(
  config: ResolvedOptions,
  relay: NonNullable<ResolvedOptions['relay']>,
  signer: RelaySigner,
  request: Request,
  url: URL,
): Promise<Response> {
  const path = url.pathname;
  if (request.method.toUpperCase() !== 'PUT')
    return errorResponse(405, 'Method not allowed', { allow: 'PUT' });
  const token = url.searchParams.get('token');
  if (!token) return errorResponse(400, 'Missing upload token');
  const claims = await signer.verify(token, Math.floor(Date.now() / 1000));
  if (!claims) return errorResponse(403, 'This upload link is invalid or has expired');

  const length = request.headers.get('content-length');
  if (length !== null && (!/^\d+$/.test(length) || Number(length) > relay.maxBytes)) {
    return errorResponse(413, `File is larger than ${relay.maxBytes} bytes`);
  }

  const target: VernProxyTarget = {
    operation: 'uploadFile',
    method: 'PUT',
    api: claims.m ? 'migrations' : 'imports',
    scope: claims.m ? 'migration' : 'company',
    readOnly: false,
    path: `/${RELAY_SEGMENTS.join('/')}`,
    ...(claims.m ? { migrationId: claims.m } : { companyId: claims.c }),
  };
  const auth = await runAuthorize(config, request, target, path);
  if (!auth.ok) return auth.response;

  const headers = new Headers({
    'content-type': request.headers.get('content-type') ?? 'application/octet-stream',
  });
  if (length !== null) headers.set('content-length', length);
  const init: RequestInit & { duplex: 'half' } = {
    method: 'PUT',
    headers,
    body: request.body ? request.body.pipeThrough(limitBytes(relay.maxBytes)) : null,
    duplex: 'half',
    redirect: 'manual',
    signal: request.signal,
  };
  let upstream: Response;
  try {
    upstream = await config.fetch(claims.u, init);
  } catch (error) {
    if (request.signal.aborted) return errorResponse(499, 'Client closed the request');
    const tooLarge = error instanceof Error && /too large/i.test(`${error.message} ${String(error.cause)}`);
    if (tooLarge) return errorResponse(413, `File is larger than ${relay.maxBytes} bytes`);
    reportError(config, {
      kind: 'relay',
      message: 'Upload to storage failed',
      status: 502,
      method: 'PUT',
      path,
      operation: 'uploadFile',
      error,
    });
    return errorResponse(502, 'Upload to storage failed');
  }
  await readLimited(upstream.body, 64 * 1024).catch(() => null);
  if (upstream.ok) return jsonResponse(200, { ok: true });
  reportError(config, {
    kind: 'relay',
    message: `Storage answered ${upstream.status}`,
    status: 502,
    method: 'PUT',
    path,
    operation: 'uploadFile',
    upstreamStatus: upstream.status,
  });
  return errorResponse(502, `Storage rejected the upload (HTTP ${upstream.status})`);
}

/** Errors the upload mid-stream once it passes `max`, whatever `content-length` claimed. */
function limitBytes(max: number): TransformStream<Uint8Array, Uint8Array> {
  let total = 0;
  return new TransformStream({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > max) controller.error(new Error('Upload too large'));
      else controller.enqueue(chunk);
    },
  });
}
