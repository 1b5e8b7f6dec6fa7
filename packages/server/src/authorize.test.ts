import { describe, expect, it, vi } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';
import type { VernProxyErrorInfo, VernProxyOptions, VernProxyTarget } from './types.ts';

const MIG_A = '11111111-1111-4111-8111-111111111111';
const MIG_B = '22222222-2222-4222-8222-222222222222';
const RUN_B = '33333333-3333-4333-8333-333333333333';
const CO_A = '44444444-4444-4444-8444-444444444444';
const CO_B = '55555555-5555-4555-8555-555555555555';

/** A host with two tenants; the session cookie names the signed-in tenant. */
function twoTenantHost(overrides: Partial<VernProxyOptions> = {}) {
  const owners = new Map<string, string>([
    [MIG_A, 'tenant-a'],
    [MIG_B, 'tenant-b'],
    [CO_A, 'tenant-a'],
    [CO_B, 'tenant-b'],
  ]);
  const vern = fakeVern((call) => {
    if (call.url.endsWith('/migrations') && call.method === 'POST') {
      const sent = JSON.parse(call.body ?? '{}');
      return Response.json(
        { migration: { id: `mig-for-${sent.external_id}`, name: sent.name, status: 'awaiting_files' } },
        { status: 201 },
      );
    }
    return Response.json({ ok: true });
  });
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    basePath: '/api/vern',
    fetch: vern.fetch,
    authorize: (request, target) => {
      const tenant = /session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      if (!tenant) return { allow: false, status: 401, error: 'Sign in first' };
      if (target.scope === 'migration') return owners.get(target.migrationId ?? '') === tenant;
      if (target.scope === 'company') return owners.get(target.companyId ?? '') === tenant;
      if (target.operation === 'createMigration')
        return { allow: true, createMigration: { external_id: tenant } };
      return target.readOnly;
    },
    onCreated: (_request, event) => {
      if (event.operation === 'createMigration' && event.externalId)
        owners.set(event.migrationId, event.externalId);
    },
    ...overrides,
  });
  const as = (tenant: string, path: string, init: RequestInit & { json?: unknown } = {}) =>
    proxy(
      browserRequest(`/api/vern${path}`, {
        ...init,
        headers: { cookie: `session=${tenant}`, ...init.headers },
      }),
    );
  return { proxy, vern, owners, as };
}

describe('authorization and tenant isolation', () => {
  it.each([
    ['GET', `/migrations/${MIG_B}/runs/${RUN_B}`],
    ['PATCH', `/migrations/${MIG_B}/runs/${RUN_B}`],
    ['POST', `/migrations/${MIG_B}/runs/${RUN_B}/messages`],
    ['POST', `/migrations/${MIG_B}/runs/${RUN_B}/credentials`],
    ['POST', `/migrations/${MIG_B}/runs`],
    ['GET', `/migrations/${MIG_B}/preview`],
    ['GET', `/migrations/${MIG_B}/thread`],
    ['GET', `/migrations/${MIG_B}/thread/stream`],
    ['GET', `/migrations/${MIG_B}/exports/contacts.csv`],
    ['GET', `/migrations/${MIG_B}/files`],
    ['POST', `/migrations/${MIG_B}/files`],
    ['GET', `/migrations/${MIG_B}/source-connection`],
    ['GET', `/companies/${CO_B}/imports?status=active`],
    ['GET', `/companies/${CO_B}/imports/${RUN_B}`],
    ['POST', `/companies/${CO_B}/imports/${RUN_B}/decisions`],
    ['GET', `/companies/${CO_B}/export.csv`],
    ['POST', '/sources/Legacy/pin'],
  ])("refuses tenant A's %s on tenant B's %s without calling Vern", async (method, path) => {
    const { vern, as } = twoTenantHost();
    const hasBody = method === 'POST' || method === 'PATCH';
    const response = await as('tenant-a', path, { method, json: hasBody ? { answers: 'x' } : undefined });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Forbidden' });
    expect(vern.calls).toHaveLength(0);
  });

  it('lets tenant B reach the same resources and tenant A reach its own', async () => {
    const { vern, as } = twoTenantHost();
    expect((await as('tenant-b', `/migrations/${MIG_B}/preview`)).status).toBe(200);
    expect((await as('tenant-a', `/migrations/${MIG_A}/preview`)).status).toBe(200);
    expect((await as('tenant-a', `/companies/${CO_A}/export.csv`)).status).toBe(200);
    expect(vern.calls.map((c) => c.url)).toEqual([
      `${BASE_URL}/migrations/${MIG_B}/preview`,
      `${BASE_URL}/migrations/${MIG_A}/preview`,
      `${BASE_URL}/companies/${CO_A}/export.csv`,
    ]);
  });

  it('answers the status and message of a denying decision', async () => {
    const { proxy, vern } = twoTenantHost();
    const response = await proxy(browserRequest(`/api/vern/migrations/${MIG_A}/preview`));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in first' });

    const hidden = createVernProxy({
      apiKey: API_KEY,
      fetch: vern.fetch,
      authorize: () => ({ allow: false, status: 404 }),
    });
    const notFound = await hidden(browserRequest(`/migrations/${MIG_B}/preview`));
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: 'Not found' });
    expect(vern.calls).toHaveLength(0);
  });

  it('forces the host-chosen external_id, so a tenant cannot fetch another tenant’s migration by idempotency', async () => {
    const { vern, as, owners } = twoTenantHost();
    const response = await as('tenant-a', '/migrations', {
      method: 'POST',
      json: { name: 'Acme', external_id: 'tenant-b', templates: ['contacts'] },
    });
    expect(response.status).toBe(201);
    expect(JSON.parse(vern.calls[0]?.body ?? '')).toEqual({
      name: 'Acme',
      external_id: 'tenant-a',
      templates: ['contacts'],
    });
    // onCreated recorded the owner: the new migration is A's, and only A's.
    expect(owners.get('mig-for-tenant-a')).toBe('tenant-a');
    expect((await as('tenant-a', '/migrations/mig-for-tenant-a/preview')).status).toBe(200);
    expect((await as('tenant-b', '/migrations/mig-for-tenant-a/preview')).status).toBe(403);
  });

  it('forwards what authorize saw: a duplicated key cannot smuggle a second value past it', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      fetch: vern.fetch,
      authorize: (_r, target) => target.body?.external_id === 'mine',
    });
    const raw = '{"name":"x","external_id":"theirs","external_id":"mine"}';
    const response = await proxy(
      browserRequest('/migrations', {
        method: 'POST',
        body: raw,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(200);
    expect(vern.calls[0]?.body).toBe('{"name":"x","external_id":"mine"}');
  });

  it('describes the request to authorize, with secrets redacted', async () => {
    const targets: VernProxyTarget[] = [];
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      fetch: vern.fetch,
      allowThreadInclude: ['user', 'tools'],
      authorize: (_r, target) => {
        targets.push(target);
        return true;
      },
    });
    await proxy(browserRequest(`/migrations/${MIG_A}/runs`, { method: 'POST', json: { kind: 'execute' } }));
    await proxy(
      browserRequest(`/migrations/${MIG_A}/runs/${RUN_B}/credentials`, {
        method: 'POST',
        json: { credentials: { client_secret: 's3cr3t-value' }, connection_id: 'conn-1' },
      }),
    );
    await proxy(
      browserRequest(`/companies/${CO_A}/imports/${RUN_B}/decisions`, {
        method: 'POST',
        json: { decision: 'approve' },
      }),
    );
    await proxy(browserRequest(`/migrations/${MIG_A}/thread/stream?include=all`));
    await proxy(browserRequest(`/migrations/${MIG_A}/exports/contacts.csv`));

    expect(targets[0]).toMatchObject({
      operation: 'startRun',
      method: 'POST',
      api: 'migrations',
      scope: 'migration',
      readOnly: false,
      migrationId: MIG_A,
      runKind: 'execute',
      path: `/migrations/${MIG_A}/runs`,
    });
    expect(targets[1]).toMatchObject({
      operation: 'submitCredentials',
      runId: RUN_B,
      body: { credentials: '[redacted]', connection_id: 'conn-1' },
    });
    expect(JSON.stringify(targets)).not.toContain('s3cr3t-value');
    // …while Vern still gets the secret.
    expect(vern.calls[1]?.body).toContain('s3cr3t-value');
    expect(targets[2]).toMatchObject({
      operation: 'submitDecision',
      companyId: CO_A,
      decision: 'approve',
      scope: 'company',
    });
    expect(targets[3]).toMatchObject({ operation: 'streamThread', include: 'tools', readOnly: true });
    expect(targets[4]).toMatchObject({ operation: 'exportCsv', templateSlug: 'contacts' });
    expect(Object.isFrozen(targets[0])).toBe(true);
  });

  it('answers 500 without details when authorize throws, and tells onError', async () => {
    const errors: VernProxyErrorInfo[] = [];
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      fetch: vern.fetch,
      onError: (info) => errors.push(info),
      authorize: () => {
        throw new Error(`database password=hunter2 and key ${API_KEY}`);
      },
    });
    const response = await proxy(browserRequest(`/migrations/${MIG_A}/preview`));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'Authorization failed' });
    expect(text).not.toContain('hunter2');
    expect(vern.calls).toHaveLength(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'authorize', status: 500, operation: 'getPreview' });
    expect(errors[0]?.error?.message).toContain('hunter2');
    expect(JSON.stringify(errors)).not.toContain(API_KEY);
  });

  it.each([
    ['a rejected promise', () => Promise.reject(new Error('nope'))],
    ['undefined', () => undefined],
    ['a string', () => 'yes'],
    ['an object without allow', () => ({ createMigration: {} })],
  ])('fails closed when authorize returns %s', async (_label, authorize) => {
    const vern = fakeVern();
    const onError = vi.fn();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      fetch: vern.fetch,
      authorize: authorize as never,
      onError,
    });
    const response = await proxy(browserRequest('/templates'));
    expect(response.status).toBe(500);
    expect(vern.calls).toHaveLength(0);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('answers 500 when onCreated throws, and a retry with the same external_id recovers', async () => {
    let fail = true;
    const onError = vi.fn();
    const { as, vern } = twoTenantHost({
      onError,
      onCreated: () => {
        if (fail) throw new Error('db down');
      },
    });
    const first = await as('tenant-a', '/migrations', { method: 'POST', json: { name: 'Acme' } });
    expect(first.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'on_created', operation: 'createMigration' }),
    );
    fail = false;
    const retry = await as('tenant-a', '/migrations', { method: 'POST', json: { name: 'Acme' } });
    expect(retry.status).toBe(201);
    expect(vern.calls.map((c) => JSON.parse(c.body ?? '').external_id)).toEqual(['tenant-a', 'tenant-a']);
  });

  it('reports run ids to onCreated so a host can track run ownership', async () => {
    const events: unknown[] = [];
    const vern = fakeVern(() =>
      Response.json(
        { run_id: RUN_B, status: 'queued', poll_url: `${BASE_URL}/migrations/${MIG_A}/runs/${RUN_B}` },
        { status: 201 },
      ),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
      onCreated: (_r, event) => {
        events.push({ ...event, target: undefined });
      },
    });
    await proxy(browserRequest(`/migrations/${MIG_A}/runs`, { method: 'POST', json: { kind: 'generate' } }));
    await proxy(browserRequest(`/companies/${CO_A}/imports`, { method: 'POST', json: { rows: [{ a: 1 }] } }));
    expect(events).toEqual([
      { operation: 'startRun', migrationId: MIG_A, runId: RUN_B, runKind: 'generate', target: undefined },
      { operation: 'startImport', companyId: CO_A, runId: RUN_B, target: undefined },
    ]);
  });
});
