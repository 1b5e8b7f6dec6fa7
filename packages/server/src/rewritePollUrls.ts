import { matchRoute } from './matchRoute.ts';
import { checkPath } from './safePath.ts';

const MAX_DEPTH = 8;

/**
 * Points every `poll_url` in a JSON body at the proxy, so the browser polls the proxy and
 * never learns Vern's address. Vern sends them absolute (`https://app.vern.so/api/v1/…`,
 * current API) or root-relative (`/api/v1/…`, imports preview). A `poll_url` that is not a
 * documented GET below `baseUrl` is removed rather than passed on.
 */
export function rewritePollUrls(value: unknown, upstreamBase: URL, basePath: string, depth = 0): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) rewritePollUrls(item, upstreamBase, basePath, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    if (key === 'poll_url') {
      const rewritten = typeof child === 'string' ? toProxyUrl(child, upstreamBase, basePath) : null;
      if (rewritten === null) delete record[key];
      else record[key] = rewritten;
    } else rewritePollUrls(child, upstreamBase, basePath, depth + 1);
  }
}

function toProxyUrl(pollUrl: string, upstreamBase: URL, basePath: string): string | null {
  let url: URL;
  try {
    url = new URL(pollUrl, upstreamBase);
  } catch {
    return null;
  }
  const prefix = upstreamBase.pathname.replace(/\/+$/, '');
  if (url.origin !== upstreamBase.origin || !url.pathname.startsWith(`${prefix}/`)) return null;
  const rest = url.pathname.slice(prefix.length);
  const checked = checkPath(rest);
  if (!checked.ok || matchRoute('GET', checked.segments).kind !== 'match') return null;
  return `${basePath}${rest}${url.search}`;
}
