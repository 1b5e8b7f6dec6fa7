import type { ThreadInclude } from '@vernkit/core';
import { clampInclude } from './clampInclude.ts';
import type { QueryParam } from './routes.ts';

const PATTERNS: Record<Exclude<QueryParam, 'include'>, RegExp> = {
  after: /^\d{1,15}$/,
  filter: /^[a-z_]{1,32}$/,
  status: /^[a-z_]{1,32}$/,
  sheet_id: /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
  source_key: /^[A-Za-z0-9_.-]{1,128}$/,
  profile_id: /^[A-Za-z0-9_-]{1,128}$/,
  cursor: /^[A-Za-z0-9_.=+-]{1,512}$/,
  limit: /^\d{1,4}$/,
};

export type QueryResult =
  | { ok: true; search: string; include: ThreadInclude | undefined }
  | { ok: false; error: string };

/**
 * Rebuilds the query string from the parameters a route documents. Unknown parameters
 * (cache busters and the like) are dropped; a documented one with a malformed value is a 400.
 */
export function forwardQuery(
  allowed: readonly QueryParam[],
  incoming: URLSearchParams,
  allowedInclude: readonly ThreadInclude[],
): QueryResult {
  const out = new URLSearchParams();
  let include: ThreadInclude | undefined;
  for (const name of allowed) {
    const values = incoming.getAll(name);
    if (name === 'include') {
      include = clampInclude(values.length === 1 ? (values[0] as string) : null, allowedInclude);
      out.set('include', include);
      continue;
    }
    if (values.length === 0) continue;
    if (values.length > 1) return { ok: false, error: `Query parameter "${name}" must be given once` };
    const value = values[0] as string;
    if (!PATTERNS[name].test(value)) return { ok: false, error: `Query parameter "${name}" is invalid` };
    out.set(name, value);
  }
  const search = out.toString();
  return { ok: true, search: search ? `?${search}` : '', include };
}
