import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';
import type { FetchLike, VernProxyErrorInfo } from './types.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';

function proxyWith(fetch: FetchLike) {
  const errors: VernProxyErrorInfo[] = [];
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch,
    authorize: () => true,
    onError: (info) => errors.push(info),
  });
  return { proxy, errors };
}

describe('upstream failures', () => {
  it.each([
    [400, { error: 'Unknown template slug(s): deals' }],
    [404, { error: 'Migration not found' }],
    [409, { error: 'A run is already in progress for this migration.', run_id: 'r-1' }],
    [429, { error: 'Too many requests' }],
    [500, { error: 'Internal error' }],
  ])('passes a %i with its { error } body through', async (status, body) => {
    const { proxy, errors } = proxyWith(fakeVern(() => Response.json(body, { status })).fetch);
    const response = await proxy(browserRequest(`/migrations/${M}/preview`));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
    expect(errors.map((e) => e.kind)).toEqual(status >= 500 ? ['upstream_response'] : []);
  });

  it('replaces a non-JSON error page with a JSON error', async () => {
    const { proxy } = proxyWith(
      fakeVern(
        () =>
          new Response('<html><h1>502 Bad Gateway</h1></html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ).fetch,
    );
    const response = await proxy(browserRequest(`/migrations/${M}/preview`));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ error: 'Vern answered with HTTP 502' });
  });

  it('turns Vern rejecting the server’s key into a 502: the end user cannot fix it', async () => {
    const { proxy, errors } = proxyWith(
      fakeVern(() => Response.json({ error: 'Invalid API key' }, { status: 401 })).fetch,
    );
    const response = await proxy(browserRequest('/templates'));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'The server could not authenticate with Vern' });
    expect(errors).toMatchObject([
      { kind: 'upstream_auth', upstreamStatus: 401, operation: 'listTemplates' },
    ]);
  });

  it('does not follow redirects (they would carry the key elsewhere)', async () => {
    const vern = fakeVern(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } }),
    );
    const { proxy, errors } = proxyWith(vern.fetch);
    const response = await proxy(browserRequest('/templates'));
    expect(vern.calls[0]?.redirect).toBe('manual');
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(errors[0]?.kind).toBe('upstream_response');
  });

  it('answers 502 when Vern is unreachable', async () => {
    const { proxy, errors } = proxyWith(async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    });
    const response = await proxy(browserRequest(`/migrations/${M}/preview`));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'Could not reach Vern' });
    expect(errors).toMatchObject([
      { kind: 'upstream_unreachable', status: 502, path: `/migrations/${M}/preview` },
    ]);
  });

  it('answers 502 when a JSON route gets a body that is not JSON', async () => {
    const { proxy, errors } = proxyWith(fakeVern(() => new Response('not json', { status: 201 })).fetch);
    const response = await proxy(
      browserRequest(`/migrations/${M}/runs`, { method: 'POST', json: { kind: 'generate' } }),
    );
    expect(response.status).toBe(502);
    expect(errors[0]?.kind).toBe('upstream_response');
  });

  it('passes a bodiless success through', async () => {
    const { proxy } = proxyWith(fakeVern(() => new Response(null, { status: 204 })).fetch);
    const response = await proxy(browserRequest(`/migrations/${M}/source-connection`, { method: 'DELETE' }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('keeps a numeric retry-after on a 429', async () => {
    const { proxy } = proxyWith(
      fakeVern(() =>
        Response.json({ error: 'Too many requests' }, { status: 429, headers: { 'retry-after': '2' } }),
      ).fetch,
    );
    const response = await proxy(browserRequest('/templates'));
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('survives an onError that throws', async () => {
    const proxy = createVernProxy({
      apiKey: API_KEY,
      fetch: async () => {
        throw new Error('down');
      },
      authorize: () => true,
      onError: () => {
        throw new Error('logger broken');
      },
    });
    expect((await proxy(browserRequest('/templates'))).status).toBe(502);
  });
});
