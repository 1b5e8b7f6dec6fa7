import { type HttpHandler, HttpResponse, http } from 'msw';
import { NetworkFault } from '../http/ApiError.ts';
import type { VernMock } from '../types.ts';

/**
 * One MSW handler that hands every request for the mock (its base path or the storage
 * path, on any origin) to `mock.fetch`. A lost response becomes MSW's network error.
 * Responses carry permissive CORS headers: in the browser the signed upload URLs point
 * at another origin, and a page may point its client at one too.
 */
export function createHandlers(mock: Pick<VernMock, 'fetch' | 'handles'>): HttpHandler[] {
  return [
    http.all(
      ({ request }) => mock.handles(request),
      async ({ request }) => {
        const cors = corsFor(request);
        if (request.method === 'OPTIONS') return new HttpResponse(null, { status: 204, headers: cors });
        let response: Response;
        try {
          response = await mock.fetch(request);
        } catch (error) {
          if (error instanceof TypeError && error.cause instanceof NetworkFault) return HttpResponse.error();
          throw error;
        }
        const headers = new Headers(response.headers);
        for (const [name, value] of Object.entries(cors)) headers.set(name, value);
        return new Response(response.body, {
          status: response.status,
          statusText: response.statusText,
          headers,
        });
      },
    ),
  ];
}

function corsFor(request: Request): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.get('origin') ?? '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      'content-type, x-api-key, x-vernkit-scenario, last-event-id, cache-control',
    'access-control-expose-headers': 'x-total-records, content-disposition',
    vary: 'Origin',
  };
}
