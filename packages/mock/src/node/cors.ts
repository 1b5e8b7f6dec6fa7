import type { IncomingMessage } from 'node:http';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * CORS for local development only: origins on localhost / loopback (any port), plus the
 * ones listed. A page on any other origin gets no CORS headers, so its browser refuses.
 */
export function corsHeaders(
  request: IncomingMessage,
  allow: boolean | readonly string[],
): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin || allow === false || !isAllowed(origin, allow)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      'content-type, x-api-key, x-vernkit-scenario, last-event-id, cache-control',
    'access-control-expose-headers': 'x-total-records, content-disposition',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

function isAllowed(origin: string, allow: true | readonly string[]): boolean {
  if (allow !== true && allow.includes(origin)) return true;
  try {
    const { hostname, protocol } = new URL(origin);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}
