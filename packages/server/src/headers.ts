/**
 * Header hygiene, by allow-list in both directions: a header the proxy does not know is
 * dropped, so cookies, `authorization`, hop-by-hop and forwarding headers never cross.
 */

const TO_VERN = ['accept', 'accept-language'] as const;

/**
 * `content-encoding`/`content-length` are not copied: `fetch` has already decoded the body.
 * `cache-control` is set by the proxy (per-tenant data must never sit in a shared cache).
 */
const FROM_VERN = [
  'content-type',
  'content-disposition',
  'content-language',
  'x-total-records',
  'etag',
  'last-modified',
];

export function upstreamRequestHeaders(incoming: Headers, apiKey: string, contentType?: string): Headers {
  const headers = new Headers();
  for (const name of TO_VERN) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (contentType) headers.set('content-type', contentType);
  headers.set('x-api-key', apiKey);
  return headers;
}

export function downstreamResponseHeaders(upstream: Headers, apiKey: string): Headers {
  const headers = new Headers();
  for (const name of FROM_VERN) {
    const value = upstream.get(name);
    if (value !== null && !value.includes(apiKey)) headers.set(name, value);
  }
  const isEventStream = headers.get('content-type')?.toLowerCase().startsWith('text/event-stream') ?? false;
  applySecurityHeaders(headers, isEventStream);
  return headers;
}

export function applySecurityHeaders(headers: Headers, isEventStream = false): Headers {
  headers.set('cache-control', isEventStream ? 'no-cache, no-store, no-transform' : 'no-store');
  headers.set('x-content-type-options', 'nosniff');
  // Reverse proxies (nginx) buffer responses unless told not to: an SSE stream must flow.
  if (isEventStream) headers.set('x-accel-buffering', 'no');
  return headers;
}
