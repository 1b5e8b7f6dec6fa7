import { ApiError, badRequest } from './ApiError.ts';

export type Params = Record<string, string>;

export interface RouteMatch<H> {
  handler: H;
  params: Params;
  /** `METHOD /pattern`: the endpoint's identity for rate limits and fault matching. */
  id: string;
}

interface CompiledRoute<H> {
  method: string;
  pattern: string;
  segments: string[];
  handler: H;
}

/**
 * A method + path-pattern table (`/migrations/:migration_id/runs`). Small on purpose: the
 * mock serves one fixed API, and its routes are plain values a test can read.
 */
export class Router<H> {
  readonly #routes: CompiledRoute<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.#routes.push({ method, pattern, segments: split(pattern), handler });
    return this;
  }

  /** The matching route; 404 for an unknown path, 405 for a known path and another method. */
  match(method: string, path: string): RouteMatch<H> {
    const segments = decodeSegments(path);
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method)
        return { handler: route.handler, params, id: `${route.method} ${route.pattern}` };
      allowed.push(route.method);
    }
    if (allowed.length > 0) {
      throw new ApiError(405, `Method ${method} is not allowed here (allowed: ${allowed.join(', ')})`);
    }
    throw new ApiError(404, `No such endpoint: ${method} ${path}`);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function decodeSegments(path: string): string[] {
  return split(path).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw badRequest('Malformed URL path');
    }
  });
}

function matchSegments(pattern: string[], path: string[]): Params | null {
  if (pattern.length !== path.length) return null;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = path[i] as string;
    if (p.startsWith(':')) params[p.slice(1)] = s;
    else if (p !== s) return null;
  }
  return params;
}
