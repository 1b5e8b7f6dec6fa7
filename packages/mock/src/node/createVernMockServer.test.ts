import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createVernClient } from '@vernkit/core';
import { API_KEY, migrationWith } from '../test/harness.ts';
import { createVernMockServer, type VernMockServer } from './createVernMockServer.ts';
import { setupVernMockServer } from './setupVernMockServer.ts';

let server: VernMockServer;
const logged: string[] = [];

beforeAll(async () => {
  server = await createVernMockServer({
    port: 0,
    apiKey: API_KEY,
    speed: 0,
    rateLimit: false,
    onRequest: ({ method, path, status }) => logged.push(`${method} ${path} ${status}`),
  });
});
afterAll(() => server.close());
afterEach(() => server.mock.reset());

const client = () => createVernClient({ baseUrl: `${server.url}/api/v1`, apiKey: API_KEY, retry: false });

/** A raw HTTP GET that keeps the encoding as sent (fetch would decompress it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Node server', () => {
  it('runs the whole flow through core’s client, with uploads pointing back at itself', async () => {
    const vern = client();
    const id = await migrationWith(vern);
    const [file] = await vern.listFiles(id);
    expect(file?.name).toBe('contacts-clean.csv');
    const { run_id } = await vern.startRun(id, { kind: 'generate' });
    expect((await vern.getRun(id, run_id)).status).toBe('awaiting_approval');
    const events: string[] = [];
    for await (const e of vern.streamThread(id)) events.push(e.type);
    expect(events).toContain('preview');
  });

  it('allows CORS for local origins only', async () => {
    const local = await fetch(`${server.url}/api/v1/templates`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(local.status).toBe(204);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const exposed = await fetch(`${server.url}/api/v1/templates`, {
      headers: { origin: 'http://127.0.0.1:6006', 'x-api-key': API_KEY },
    });
    expect(exposed.headers.get('access-control-expose-headers')).toContain('x-total-records');
    const foreign = await fetch(`${server.url}/api/v1/templates`, {
      headers: { origin: 'https://evil.example', 'x-api-key': API_KEY },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gzips a CSV export when the client asks for it', async () => {
    const id = await migrationWith(client());
    const res = await rawGet(`${server.url}/api/v1/migrations/${id}/exports/contacts.csv`, {
      'x-api-key': API_KEY,
      'accept-encoding': 'gzip',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['x-total-records']).toBe('0');
    expect(gunzipSync(res.body).toString()).toBe('Email,First Name,Last Name,Phone,Status,Account\r\n');
  });

  it('drops the connection for lost-post-response, after performing the POST', async () => {
    server.mock.injectFault({ type: 'lost-post-response', route: 'POST /migrations' });
    await expect(
      fetch(`${server.url}/api/v1/migrations`, {
        method: 'POST',
        headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Lost' }),
      }),
    ).rejects.toThrow(TypeError);
    expect(server.mock.inspect().migrations.map((m) => m.name)).toEqual(['Lost']);
  });

  it('logs one line per request, without the query string', async () => {
    logged.length = 0;
    await fetch(`${server.url}/api/v1/templates?secret=1`, { headers: { 'x-api-key': API_KEY } });
    expect(logged).toEqual(['GET /api/v1/templates 200']);
  });

  it('refuses to start on a port in use', async () => {
    const port = Number(new URL(server.url).port);
    await expect(createVernMockServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('setupVernMockServer', () => {
  it('intercepts fetch to any origin through msw/node and exposes the mock', async () => {
    const msw = setupVernMockServer({ apiKey: null, speed: 0 });
    msw.listen({ onUnhandledFrame: 'error' });
    try {
      const res = await fetch('https://app.vern.so/api/v1/sources', {
        headers: { origin: 'http://localhost:6006' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
      const preflight = await fetch('https://storage.vern-mock.invalid/storage/v1/object/upload/sign/x', {
        method: 'OPTIONS',
      });
      expect(preflight.status).toBe(204);
      expect((await res.json()).sources[0].name).toBe('Salesforce');
      msw.mock.injectFault({ type: 'lost-post-response', route: 'POST /migrations' });
      await expect(
        fetch('https://app.vern.so/api/v1/migrations', {
          method: 'POST',
          body: JSON.stringify({ name: 'X' }),
        }),
      ).rejects.toThrow(TypeError);
      expect(msw.mock.inspect().migrations).toHaveLength(1);
    } finally {
      msw.close();
    }
  });
});
