import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';

describe('header hygiene', () => {
  it('sends Vern the API key and nothing of the browser’s credentials or hop-by-hop headers', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    await proxy(
      browserRequest(`/migrations/${M}/runs`, {
        method: 'POST',
        json: { kind: 'generate' },
        headers: {
          cookie: 'session=abc; other=1',
          authorization: 'Bearer user-token',
          'x-api-key': 'browser-supplied-key',
          'proxy-authorization': 'Basic Zm9vOmJhcg==',
          connection: 'keep-alive, x-custom',
          'keep-alive': 'timeout=5',
          te: 'trailers',
          'x-forwarded-for': '10.0.0.1',
          forwarded: 'for=10.0.0.1',
          origin: 'https://app.example',
          referer: 'https://app.example/onboarding',
          'x-custom': 'hop',
          'accept-language': 'fr-FR',
          accept: 'application/json',
        },
      }),
    );
    const sent = vern.calls[0]?.headers ?? new Headers();
    expect(Object.fromEntries(sent)).toEqual({
      accept: 'application/json',
      'accept-language': 'fr-FR',
      'content-type': 'application/json',
      'x-api-key': API_KEY,
    });
    expect(vern.calls[0]?.redirect).toBe('manual');
  });

  it('returns only safe response headers: no cookies, auth challenges, CORS grants or hop-by-hop', async () => {
    const upstreamHeaders = new Headers({
      'content-type': 'application/json',
      'set-cookie': 'vern_session=secret; HttpOnly',
      'www-authenticate': 'ApiKey realm="vern"',
      'x-api-key': API_KEY,
      authorization: 'Bearer internal',
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      connection: 'close',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      'proxy-authenticate': 'Basic',
      server: 'vern-edge/1.2',
      'x-powered-by': 'Next.js',
      'cache-control': 'public, max-age=3600',
      etag: '"v1"',
    });
    upstreamHeaders.append('set-cookie', 'other=1');
    const vern = fakeVern(() => new Response('{"files":[]}', { headers: upstreamHeaders }));
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const response = await proxy(browserRequest(`/migrations/${M}/files`));
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/json',
      etag: '"v1"',
      // Per-tenant data: never cached by a shared cache, whatever Vern said.
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('drops an allowed response header whose value carries the API key', async () => {
    const vern = fakeVern(
      () =>
        new Response('a,b\n', {
          headers: {
            'content-type': 'text/csv',
            'content-disposition': `attachment; filename="${API_KEY}.csv"`,
          },
        }),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const response = await proxy(browserRequest(`/migrations/${M}/exports/contacts.csv`));
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/csv');
  });

  it('puts security headers on the proxy’s own errors too', async () => {
    const proxy = createVernProxy({ apiKey: API_KEY, fetch: fakeVern().fetch, authorize: () => false });
    const response = await proxy(browserRequest('/templates'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
