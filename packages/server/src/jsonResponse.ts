import { applySecurityHeaders } from './headers.ts';

export function jsonResponse(status: number, body: unknown, extra?: Record<string, string>): Response {
  const headers = applySecurityHeaders(new Headers({ 'content-type': 'application/json; charset=utf-8' }));
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status, headers });
}

/** Every error the proxy itself produces: `{ "error": "…" }`, the shape Vern uses. */
export function errorResponse(status: number, message: string, extra?: Record<string, string>): Response {
  return jsonResponse(status, { error: message }, extra);
}
