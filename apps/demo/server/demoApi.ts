import type { VernProxy } from '@vernkit/server';
import type { DemoConfig } from './config.ts';
import { PROXY_PATH } from './demoProxy.ts';
import type { HostDb } from './hostDb.ts';
import type { Sessions } from './sessions.ts';

export interface DemoApiOptions {
  mode: DemoConfig['mode'];
  db: HostDb;
  sessions: Sessions;
  /** The Vern proxy, in real mode. */
  proxy: VernProxy | null;
}

/** What the page reads at boot to pick its mode: the same build runs on the mock or on Vern. */
export interface DemoRuntimeConfig {
  mode: 'mock' | 'real';
  proxyPath: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/**
 * The host app's API below `/api`: runtime config, sign-up sessions, and the Vern proxy.
 * A Web handler, mounted on Node with `toNodeHandler`.
 */
export function createDemoApi({ mode, db, sessions, proxy }: DemoApiOptions) {
  const handler = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === PROXY_PATH || pathname.startsWith(`${PROXY_PATH}/`)) {
      if (proxy) return proxy(request);
      return json(503, {
        error: 'This demo runs Vern in the browser (mock mode); the page should not call the server.',
      });
    }
    if (pathname === '/api/vern-config' && request.method === 'GET') {
      return json(200, { mode, proxyPath: PROXY_PATH } satisfies DemoRuntimeConfig);
    }
    if (pathname === '/api/session') return session(request);
    return json(404, { error: 'Not found' });
  };

  async function session(request: Request): Promise<Response> {
    if (request.method === 'GET') {
      const tenantId = sessions.read(request);
      const tenant = tenantId ? db.tenant(tenantId) : null;
      if (!tenant) return json(401, { error: 'Not signed in' });
      return json(200, { ...tenant, companyId: db.companyOf(tenant.tenantId) });
    }
    if (request.method === 'DELETE')
      return new Response(null, { status: 204, headers: { 'set-cookie': sessions.clear() } });
    if (request.method !== 'POST')
      return json(405, { error: 'Method not allowed' }, { allow: 'GET, POST, DELETE' });
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return json(415, { error: 'Content-Type must be application/json' });
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return json(400, { error: 'Request body is not valid JSON' });
    }
    const profile = readProfile(body);
    if (typeof profile === 'string') return json(400, { error: profile });
    const tenant = db.createTenant(profile);
    return json(201, { ...tenant, companyId: null }, { 'set-cookie': sessions.issue(tenant.tenantId) });
  }

  return Object.assign(handler, { basePath: '/api' });
}

function readProfile(body: unknown): { company: string; name: string; email: string } | string {
  if (typeof body !== 'object' || body === null) return 'Expected { company, name, email }';
  const { company, name, email } = body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  if (!text(company) || text(company).length > 80) return 'Company name is required (80 characters at most)';
  if (!text(name) || text(name).length > 80) return 'Your name is required (80 characters at most)';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(email)) || text(email).length > 254)
    return 'A valid email is required';
  return { company: text(company), name: text(name), email: text(email) };
}
