import { VernApiError } from '../errors/VernApiError.ts';

export type QueryValue = string | number | boolean | null | undefined;

/**
 * One path segment, encoded so it stays one segment: a source named `CRM / Legacy` must not
 * become two, and `.`/`..` must not be collapsed by URL normalisation into a different route.
 */
export function encodeSegment(value: string, name: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new VernApiError({
      kind: 'bad_request',
      status: 0,
      path: name,
      message: `${name} must be a non-empty string`,
    });
  }
  const encoded = encodeURIComponent(value);
  if (encoded === '.') return '%2E';
  if (encoded === '..') return '%2E%2E';
  return encoded;
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `baseUrl` without trailing slashes; relative bases (a host proxy such as `/api/vern`) stay relative. */
export function normalizeBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError(
      'createVernClient: `baseUrl` is required, e.g. "https://app.vern.so/api/v1" or "/api/vern"',
    );
  }
  return baseUrl.trim().replace(/\/+$/, '');
}

export function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  return `${baseUrl}${path}${queryString(query)}`;
}

function currentOrigin(): string | undefined {
  const location = (globalThis as { location?: { origin?: string } }).location;
  return typeof location?.origin === 'string' && location.origin !== 'null' ? location.origin : undefined;
}

const API_PREFIX = '/api/v1/';

/**
 * Turn a `poll_url` (absolute, or relative to the API origin as the imports preview sends it)
 * into a URL this client can call. A URL under `baseUrl` is used as given. One that names
 * Vern's own `/api/v1/` route while the client talks to a proxy is re-based onto `baseUrl`,
 * so the request goes through the proxy and the key never has to reach the browser.
 * Anything else on a foreign origin is refused: the client would otherwise send its
 * credentials to a host the server named.
 */
export function resolvePollUrl(baseUrl: string, pollUrl: string): string {
  if (typeof pollUrl !== 'string' || pollUrl.trim() === '') {
    throw new VernApiError({
      kind: 'bad_request',
      status: 0,
      path: 'poll_url',
      message: 'poll_url must be a non-empty string',
    });
  }
  const fallbackOrigin = currentOrigin() ?? 'http://vernkit.invalid';
  const base = new URL(`${baseUrl}/`, fallbackOrigin);
  const target = new URL(pollUrl.trim(), base.origin);
  const baseIsRelative = !/^[a-z][a-z\d+.-]*:/i.test(baseUrl);
  const present = (url: URL) =>
    baseIsRelative && url.origin === base.origin ? `${url.pathname}${url.search}` : url.href;

  if (target.origin === base.origin && target.pathname.startsWith(base.pathname)) return present(target);

  const at = target.pathname.indexOf(API_PREFIX);
  if (at !== -1) {
    const rest = target.pathname.slice(at + API_PREFIX.length - 1);
    return `${baseUrl}${rest}${target.search}`;
  }
  if (target.origin === base.origin) return present(target);
  throw new VernApiError({
    kind: 'bad_request',
    status: 0,
    path: 'poll_url',
    message: `poll_url points outside the API (${target.origin}); refusing to send credentials there`,
  });
}

/** For error reports: the URL without its query, which may hold signed-URL tokens. */
export function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
