import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';
import type { VernProxyOptions } from './types.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const R = 'd4c3b2a1-9f8e-47d6-b5a4-c3d2e1f0a9b8';
const C = '7a1c2b3d-4e5f-4061-8a9b-0c1d2e3f4a5b';

function proxyAnswering(body: unknown, status = 201, options: Partial<VernProxyOptions> = {}) {
  const vern = fakeVern(() => Response.json(body, { status }));
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    basePath: '/api/vern',
    fetch: vern.fetch,
    authorize: () => true,
    ...options,
  });
  return { proxy, vern };
}

describe('poll_url rewrite', () => {
  it('points an absolute poll_url (current API) at the proxy', async () => {
    const { proxy } = proxyAnswering({
      run_id: R,
      status: 'queued',
      poll_url: `${BASE_URL}/migrations/${M}/runs/${R}`,
    });
    const response = await proxy(
      browserRequest(`/api/vern/migrations/${M}/runs`, { method: 'POST', json: { kind: 'generate' } }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      run_id: R,
      status: 'queued',
      poll_url: `/api/vern/migrations/${M}/runs/${R}`,
    });
  });

  it('points a root-relative poll_url (imports preview) at the proxy, also in decisions and history', async () => {
    const relative = `/api/v1/companies/${C}/imports/${R}`;
    const started = proxyAnswering({ run_id: R, status: 'queued', poll_url: relative });
    const response = await started.proxy(
      browserRequest(`/api/vern/companies/${C}/imports`, { method: 'POST', json: { rows: [{ a: '1' }] } }),
    );
    expect((await response.json()).poll_url).toBe(`/api/vern/companies/${C}/imports/${R}`);

    const decided = proxyAnswering({ run_id: R, status: 'running', poll_url: relative }, 200);
    const decision = await decided.proxy(
      browserRequest(`/api/vern/companies/${C}/imports/${R}/decisions`, {
        method: 'POST',
        json: { decision: 'approve' },
      }),
    );
    expect((await decision.json()).poll_url).toBe(`/api/vern/companies/${C}/imports/${R}`);

    const history = proxyAnswering({ runs: [{ run_id: R, status: 'completed', poll_url: relative }] }, 200);
    const list = await history.proxy(browserRequest(`/api/vern/companies/${C}/imports`));
    expect((await list.json()).runs[0].poll_url).toBe(`/api/vern/companies/${C}/imports/${R}`);
  });

  it.each([
    ['another host', `https://evil.example/api/v1/migrations/${M}/runs/${R}`],
    ['an undocumented path', `${BASE_URL}/admin/runs/${R}`],
    ['a path outside baseUrl', `https://vern.test/internal/migrations/${M}/runs/${R}`],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a non-string', 42],
  ])('removes a poll_url on %s rather than pass it on', async (_label, pollUrl) => {
    const { proxy } = proxyAnswering({ run_id: R, status: 'queued', poll_url: pollUrl });
    const response = await proxy(
      browserRequest(`/api/vern/migrations/${M}/runs`, { method: 'POST', json: { kind: 'generate' } }),
    );
    expect(await response.json()).toEqual({ run_id: R, status: 'queued' });
  });

  it('keeps the 409 body’s run_id so the client can recover the active run', async () => {
    const { proxy } = proxyAnswering(
      { error: 'A run is already in progress for this migration.', run_id: R },
      409,
    );
    const response = await proxy(
      browserRequest(`/api/vern/migrations/${M}/runs`, { method: 'POST', json: { kind: 'generate' } }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: 'A run is already in progress for this migration.',
      run_id: R,
    });
  });
});

describe('thread include clamping', () => {
  const cases: Array<[allowed: VernProxyOptions['allowThreadInclude'], requested: string, sent: string]> = [
    [undefined, '', 'user'],
    [undefined, 'include=user', 'user'],
    [undefined, 'include=tools', 'user'],
    [undefined, 'include=all', 'user'],
    [undefined, 'include=ALL', 'user'],
    [undefined, 'include=all&include=user', 'user'],
    [['tools'], 'include=tools', 'tools'],
    [['tools'], 'include=all', 'tools'],
    [['user', 'tools'], '', 'user'],
    [['all'], 'include=tools', 'user'],
    [['all'], 'include=all', 'all'],
    [['user', 'tools', 'all'], 'include=tools', 'tools'],
  ];

  it.each(cases)('allowed %j, browser asks %j → Vern gets include=%s', async (allowed, requested, sent) => {
    const { proxy, vern } = proxyAnswering({ events: [], last_sequence: null }, 200, {
      ...(allowed ? { allowThreadInclude: allowed } : {}),
    });
    for (const stream of ['thread', 'thread/stream']) {
      await proxy(browserRequest(`/api/vern/migrations/${M}/${stream}?after=7&${requested}`));
    }
    expect(vern.calls.map((c) => new URL(c.url).searchParams.get('include'))).toEqual([sent, sent]);
    expect(vern.calls.map((c) => new URL(c.url).searchParams.get('after'))).toEqual(['7', '7']);
  });
});
