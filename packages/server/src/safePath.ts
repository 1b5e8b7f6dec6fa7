/**
 * Path checks on the request target as the browser sent it. Runtimes normalize
 * `Request.url` (`..` and `%2e%2e` segments are resolved away), so the Node adapter runs
 * this on the raw `req.url` too; on a normalized URL it still catches encoded slashes,
 * backslashes and double encoding.
 */

export type PathCheck = { ok: true; segments: string[] } | { ok: false; error: string };

// Encoded dot, slash, backslash, percent (double encoding) and NUL have no place in a Vern path.
const FORBIDDEN_ESCAPE = /%(?:2e|2f|5c|25|00)/i;
// Anything outside RFC 3986 `pchar` + `/` (raw spaces, quotes, backslashes, controls, non-ASCII).
const RAW_PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
const MAX_PATH_LENGTH = 2048;

export function checkPath(rawPath: string): PathCheck {
  if (rawPath.length > MAX_PATH_LENGTH) return { ok: false, error: 'Path is too long' };
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) {
    return { ok: false, error: 'Path must be a relative path starting with a single "/"' };
  }
  if (!RAW_PATH_CHARS.test(rawPath))
    return { ok: false, error: 'Path contains characters that are not allowed' };
  if (FORBIDDEN_ESCAPE.test(rawPath)) {
    return {
      ok: false,
      error: 'Encoded dots, slashes, backslashes and percent signs are not allowed in paths',
    };
  }
  const raw = rawPath.slice(1).split('/');
  if (raw.length === 1 && raw[0] === '') return { ok: true, segments: [] };
  const segments: string[] = [];
  for (const segment of raw) {
    if (segment === '') return { ok: false, error: 'Path contains an empty segment' };
    if (segment === '.' || segment === '..') return { ok: false, error: 'Path traversal is not allowed' };
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { ok: false, error: 'Path contains malformed percent-encoding' };
    }
    // Catches any escape the regex above lets through that still decodes to something hostile.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    if (/[\u0000-\u001f\u007f/\\%]/.test(decoded) || decoded === '.' || decoded === '..') {
      return { ok: false, error: 'Path contains an invalid segment' };
    }
    segments.push(decoded);
  }
  return { ok: true, segments };
}

/** The request target's path, without the query, from a raw `req.url` or an absolute URL. */
export function rawPathOf(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}
