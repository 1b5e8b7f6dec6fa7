import { once } from 'node:events';
import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { toNodeHandler } from './node.ts';
import { API_KEY, BASE_URL, controlledStream, fakeVern, type RecordedCall } from './testing/fakeVern.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((resolve) => s.close(resolve));
    }),
  );
});

async function listen(listener: http.RequestListener): Promise<string> {
  const server = http.createServer(listener);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw request, so the path reaches the server exactly as written (no client-side normalization). */
function rawRequest(
  origin: string,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        { hostname, port, path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

function firstChunk(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => res.once('data', (c: Buffer) => resolve(c.toString('utf8'))));
}

describe('toNodeHandler over a real http server', () => {
  it('streams SSE frames to the client while Vern is still sending, and ends with Vern', async () => {
    const upstream = controlledStream();
    const vern = fakeVern(
      () => new Response(upstream.stream, { headers: { 'content-type': 'text/event-stream' } }),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      basePath: '/api/vern',
      fetch: vern.fetch,
      authorize: () => true,
    });
    const origin = await listen(toNodeHandler(proxy));

    const res = await new Promise<IncomingMessage>((resolve) =>
      http.get(`${origin}/api/vern/migrations/${M}/thread/stream`, resolve),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream');
    expect(res.headers['x-accel-buffering']).toBe('no');

    const first = firstChunk(res);
    upstream.push('event: status\ndata: {"sequence":1}\n\n');
    expect(await first).toBe('event: status\ndata: {"sequence":1}\n\n');

    const second = firstChunk(res);
    upstream.push('event: done\ndata: {"last_sequence":1}\n\n');
    expect(await second).toBe('event: done\ndata: {"last_sequence":1}\n\n');
    const ended = once(res, 'end');
    res.resume();
    upstream.close();
    await ended;
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/migrations/${M}/thread/stream?include=user`);
  });

  it('aborts the upstream request when the client goes away mid-stream', async () => {
    const upstream = controlledStream();
    let call: RecordedCall | undefined;
    const vern = fakeVern((c) => {
      call = c;
      return new Response(upstream.stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const origin = await listen(toNodeHandler(proxy));
    const req = http.get(`${origin}/migrations/${M}/thread/stream`);
    const res = await new Promise<IncomingMessage>((resolve) => req.once('response', resolve));
    const first = firstChunk(res);
    upstream.push('event: status\ndata: {}\n\n');
    await first;
    const signal = call?.signal;
    if (!signal) throw new Error('the proxy passed no abort signal upstream');
    const aborted = once(signal, 'abort');
    req.destroy();
    await aborted;
    expect(call?.signal?.aborted).toBe(true);
  });

  it('streams a JSON request body through to Vern and the answer back', async () => {
    const vern = fakeVern((call) =>
      Response.json({ received: JSON.parse(call.body ?? 'null') }, { status: 201 }),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const origin = await listen(toNodeHandler(proxy));
    const response = await fetch(`${origin}/migrations/${M}/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'session=1' },
      body: JSON.stringify({ kind: 'update', message: 'Trim phone numbers' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ received: { kind: 'update', message: 'Trim phone numbers' } });
    expect(vern.calls[0]?.headers.get('cookie')).toBeNull();
  });

  it.each([
    `/api/vern/migrations/${M}/../other/preview`,
    `/api/vern/migrations/${M}/%2e%2e/other/preview`,
    `/api/vern/migrations/${M}/./preview`,
    'http://evil.example/api/vern/templates',
    '//evil.example/api/vern/templates',
  ])('refuses the raw request target %s with 400 before anything is forwarded', async (path) => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      basePath: '/api/vern',
      fetch: vern.fetch,
      authorize: () => true,
    });
    const origin = await listen(toNodeHandler(proxy));
    const response = await rawRequest(origin, path);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toHaveProperty('error');
    expect(vern.calls).toHaveLength(0);
  });

  it('works mounted Express-style: full path in originalUrl, other paths passed to next()', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      basePath: '/api/vern',
      fetch: vern.fetch,
      authorize: () => true,
    });
    const handler = toNodeHandler(proxy);
    const origin = await listen((req, res) => {
      const full = req.url ?? '/';
      // What `app.use('/api/vern', handler)` does to the request.
      if (full.startsWith('/api/vern/'))
        Object.assign(req, { originalUrl: full, url: full.slice('/api/vern'.length) });
      handler(req, res, () => {
        res.statusCode = 418;
        res.end('next');
      });
    });
    expect((await rawRequest(origin, '/api/vern/templates')).status).toBe(200);
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/templates`);
    const other = await rawRequest(origin, '/dashboard');
    expect([other.status, other.body]).toEqual([418, 'next']);
  });

  it('uses the body an earlier body parser left on req.body', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const handler = toNodeHandler(proxy);
    const origin = await listen(async (req, res) => {
      let text = '';
      for await (const chunk of req) text += chunk;
      Object.assign(req, { body: JSON.parse(text) });
      handler(req, res);
    });
    const response = await fetch(`${origin}/migrations/${M}/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind":"execute"}',
    });
    expect(response.status).toBe(200);
    expect(vern.calls[0]?.body).toBe('{"kind":"execute"}');
  });

  it('refuses an oversized streamed body with 413', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
      maxBodyBytes: 100,
    });
    const origin = await listen(toNodeHandler(proxy));
    const response = await fetch(`${origin}/migrations/${M}/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'update', message: 'x'.repeat(500) }),
    });
    expect(response.status).toBe(413);
    expect(vern.calls).toHaveLength(0);
  });

  it('adapts any Web handler, keeping several set-cookie headers apart', async () => {
    const handler = toNodeHandler(async () => {
      const headers = new Headers({ 'content-type': 'text/plain' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response('hello', { status: 201, headers });
    });
    const origin = await listen(handler);
    const response = await rawRequest(origin, '/anything');
    expect(response.status).toBe(201);
    expect(response.body).toBe('hello');
    expect(response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('answers 500 when a handler throws and there is no next()', async () => {
    const origin = await listen(
      toNodeHandler(async () => {
        throw new Error('boom');
      }),
    );
    const response = await rawRequest(origin, '/x');
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ error: 'Internal proxy error' });
  });
});
