import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createVernMockServer, type VernMockServer } from '@vernkit/mock/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoConfig } from './config.ts';
import { readDemoConfig } from './config.ts';
import { createDemoServer, type DemoServer } from './createDemoServer.ts';

const KEY = 'demo-test-key-0123456789';
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(config: Partial<DemoConfig>): Promise<string> {
  const demo: DemoServer = await createDemoServer(
    {
      mode: 'mock',
      apiKey: null,
      apiUrl: '',
      host: '127.0.0.1',
      port: 0,
      serve: 'dist',
      sessionSecret: null,
      ...config,
    },
    () => {},
  );
  cleanups.push(() => demo.close());
  demo.server.listen(0, '127.0.0.1');
  await once(demo.server, 'listening');
  return `http://127.0.0.1:${(demo.server.address() as AddressInfo).port}`;
}

async function startReal(): Promise<{ origin: string; vern: VernMockServer }> {
  const vern = await createVernMockServer({ apiKey: KEY, port: 0, speed: 0, rateLimit: false });
  cleanups.push(() => vern.close());
  const origin = await start({ mode: 'real', apiKey: KEY, apiUrl: `${vern.url}/api/v1` });
  return { origin, vern };
}

async function signUp(origin: string, company: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ company, name: 'Dana Scully', email: 'dana@example.com' }),
  });
  expect(response.status).toBe(201);
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  return cookie.split(';')[0] as string;
}

describe('the demo server', () => {
  it('tells the page it runs in mock mode without a key, and keeps /api/vern closed', async () => {
    const origin = await start({});
    expect(await (await fetch(`${origin}/api/vern-config`)).json()).toEqual({
      mode: 'mock',
      proxyPath: '/api/vern',
    });
    const vern = await fetch(`${origin}/api/vern/templates`);
    expect(vern.status).toBe(503);
    expect((await vern.json()).error).toMatch(/mock mode/);
  });

  it('reads its mode from VERN_API_KEY and its flags', () => {
    expect(readDemoConfig([], {})).toMatchObject({
      mode: 'mock',
      port: 5173,
      host: '127.0.0.1',
      serve: 'vite',
    });
    expect(
      readDemoConfig(['--port', '4173', '--dist'], { VERN_API_KEY: ' k ', VERN_API_URL: 'http://x/api/v1' }),
    ).toMatchObject({
      mode: 'real',
      apiKey: 'k',
      apiUrl: 'http://x/api/v1',
      port: 4173,
      serve: 'dist',
    });
    expect(() => readDemoConfig(['--port', 'abc'], {})).toThrow(/Invalid port/);
  });

  it('in real mode, proxies signed-in tenants to Vern and keeps them apart', async () => {
    const { origin } = await startReal();
    expect(await (await fetch(`${origin}/api/vern-config`)).json()).toEqual({
      mode: 'real',
      proxyPath: '/api/vern',
    });

    const alice = await signUp(origin, 'Alpha Inc');
    const bob = await signUp(origin, 'Beta LLC');
    const created = await fetch(`${origin}/api/vern/migrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: alice },
      body: JSON.stringify({ name: 'Alpha Inc', external_id: 'someone-else' }),
    });
    expect(created.status).toBe(201);
    const { migration } = await created.json();

    const own = await fetch(`${origin}/api/vern/migrations/${migration.id}/files`, {
      headers: { cookie: alice },
    });
    expect(own.status).toBe(200);
    const other = await fetch(`${origin}/api/vern/migrations/${migration.id}/files`, {
      headers: { cookie: bob },
    });
    expect(other.status).toBe(404);
    const anonymous = await fetch(`${origin}/api/vern/migrations/${migration.id}/files`);
    expect(anonymous.status).toBe(401);
    const forged = await fetch(`${origin}/api/vern/migrations/${migration.id}/files`, {
      headers: { cookie: `${alice.split('.')[0]}.forged-signature` },
    });
    expect(forged.status).toBe(401);

    const templates = await fetch(`${origin}/api/vern/templates`, { headers: { cookie: bob } });
    expect(templates.status).toBe(200);
    const text = await templates.text();
    expect(text).not.toContain(KEY);
    for (const [, value] of templates.headers) expect(value).not.toContain(KEY);
  });

  it('namespaces external ids by tenant', async () => {
    const { origin, vern } = await startReal();
    const alice = await signUp(origin, 'Alpha Inc');
    const session = await (await fetch(`${origin}/api/session`, { headers: { cookie: alice } })).json();
    const create = (externalId: string) =>
      fetch(`${origin}/api/vern/migrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: alice },
        body: JSON.stringify({ name: 'Alpha', external_id: externalId }),
      }).then((r) => r.json());
    const suffixed = await create(`${session.tenantId}-custom`);
    const foreign = await create('acme-another-tenant-custom');
    expect(suffixed.migration.external_id).toBe(`${session.tenantId}-custom`);
    expect(foreign.migration.external_id).toBe(session.tenantId);
    expect(vern.mock.inspect().migrations).toHaveLength(2);
  });

  it('remembers the tenant’s imports company once the proxy saw it created', async () => {
    const { origin } = await startReal();
    const alice = await signUp(origin, 'Alpha Inc');
    const sources = await (await fetch(`${origin}/api/vern/sources`, { headers: { cookie: alice } })).json();
    const source = sources.sources.find((s: { id?: string }) => s.id);
    const created = await fetch(`${origin}/api/vern/companies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: alice },
      body: JSON.stringify({ name: 'Alpha Inc', source: source.id }),
    });
    expect(created.status).toBe(201);
    const { company } = await created.json();
    const session = await (await fetch(`${origin}/api/session`, { headers: { cookie: alice } })).json();
    expect(session.companyId).toBe(company.id);
  });

  it('validates sign-ups', async () => {
    const origin = await start({});
    const post = (body: string, type = 'application/json') =>
      fetch(`${origin}/api/session`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{"company":"","name":"x","email":"x@y.z"}')).status).toBe(400);
    expect((await post('{"company":"A","name":"x","email":"nope"}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await fetch(`${origin}/api/session`)).status).toBe(401);
    expect((await fetch(`${origin}/api/unknown`)).status).toBe(404);
  });
});
