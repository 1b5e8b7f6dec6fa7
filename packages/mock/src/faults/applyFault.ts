import { NetworkFault } from '../http/ApiError.ts';
import { json } from '../http/respond.ts';
import type { FaultBook } from './FaultBook.ts';

const SERVER_ERRORS: Record<number, string> = {
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** `5xx` and `429-burst` answer instead of the endpoint: nothing is performed. */
export function preHandlerFault(faults: FaultBook, method: string, path: string): Response | null {
  const fault = faults.take(['5xx', '429-burst'], method, path);
  if (!fault) return null;
  if (fault.type === '429-burst') return json({ error: 'Too many requests' }, 429);
  const status = fault.status ?? 500;
  return json({ error: SERVER_ERRORS[status] ?? 'Server error' }, status);
}

/**
 * Faults that hit after the endpoint did its work: the response is lost (the client
 * sees a network error, the server state moved on), garbled, or carries a status the
 * client has never heard of.
 */
export async function applyResponseFault(
  faults: FaultBook,
  method: string,
  path: string,
  response: Response,
): Promise<Response> {
  if (faults.take('lost-post-response', method, path)) {
    await response.body?.cancel();
    throw new NetworkFault();
  }
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return response;
  const fault = faults.take(['malformed-body', 'unknown-status'], method, path);
  if (!fault) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (fault.type === 'malformed-body') {
    return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
      status: response.status,
      headers,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, { status: response.status, headers });
  }
  if (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { status?: unknown }).status === 'string'
  ) {
    (body as { status: string }).status = fault.value ?? 'paused_for_review';
  }
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
