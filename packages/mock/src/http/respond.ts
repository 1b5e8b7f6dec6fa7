import type { ApiError } from './ApiError.ts';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  for (const [k, v] of Object.entries(JSON_HEADERS)) h.set(k, v);
  return new Response(JSON.stringify(body), { status, headers: h });
}

export function errorResponse(error: ApiError): Response {
  return json({ error: error.message, ...error.extra }, error.status);
}
