import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { createRedactingStream } from './redact.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';
import type { VernProxyErrorInfo } from './types.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const R = 'd4c3b2a1-9f8e-47d6-b5a4-c3d2e1f0a9b8';

async function throughRedactor(
  chunks: string[],
  secret = API_KEY,
): Promise<{ text: string; pieces: string[] }> {
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(encoder.encode(chunk));
      c.close();
    },
  });
  const pieces: string[] = [];
  const reader = source.pipeThrough(createRedactingStream(secret)).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(new TextDecoder().decode(value));
  }
  return { text: pieces.join(''), pieces };
}

/** Every kind of answer, from an upstream that (wrongly) echoes the key everywhere it can. */
const LEAKY: Array<[string, string, () => Response]> = [
  [
    'GET',
    `/migrations/${M}/runs/${R}`,
    () => Response.json({ run_id: R, status: 'running', message: `key ${API_KEY}` }),
  ],
  [
    'POST',
    `/migrations/${M}/runs`,
    () =>
      Response.json(
        { run_id: R, status: 'queued', note: API_KEY, poll_url: `${BASE_URL}/migrations/${M}/runs/${R}` },
        { status: 201 },
      ),
  ],
  ['GET', `/migrations/${M}/preview`, () => Response.json({ sheets: [{ rows: [['Key'], [API_KEY]] }] })],
  [
    'GET',
    `/migrations/${M}/thread/stream`,
    () =>
      new Response(`event: message\ndata: {"text":"${API_KEY}"}\n\n`, {
        headers: { 'content-type': 'text/event-stream' },
      }),
  ],
  [
    'GET',
    `/migrations/${M}/exports/contacts.csv`,
    () => new Response(`Email\n${API_KEY}@x.com\n`, { headers: { 'content-type': 'text/csv' } }),
  ],
  ['GET', '/templates', () => Response.json({ error: `Invalid key ${API_KEY}` }, { status: 400 })],
  ['GET', '/sources', () => Response.json({ error: `Invalid key ${API_KEY}` }, { status: 500 })],
  ['GET', `/migrations/${M}/files`, () => new Response(`<html>${API_KEY}</html>`, { status: 502 })],
];

describe('the API key never reaches the browser', () => {
  it.each(LEAKY)('%s %s: neither body nor headers carry it', async (method, path, respond) => {
    const errors: VernProxyErrorInfo[] = [];
    const vern = fakeVern(() => {
      const response = respond();
      response.headers.set('x-echo', API_KEY);
      return response;
    });
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
      onError: (info) => errors.push(info),
    });
    const response = await proxy(
      browserRequest(path, { method, json: method === 'POST' ? { kind: 'generate' } : undefined }),
    );
    const body = await response.text();
    expect(body).not.toContain(API_KEY);
    for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(API_KEY);
    expect(JSON.stringify(errors)).not.toContain(API_KEY);
    // The key went to Vern, as the header it belongs in.
    expect(vern.calls[0]?.headers.get('x-api-key')).toBe(API_KEY);
  });

  it('redacts the key split across chunk boundaries', async () => {
    const half = API_KEY.length / 2;
    const { text } = await throughRedactor([`a,${API_KEY.slice(0, half)}`, `${API_KEY.slice(half)},b\n`]);
    expect(text).toBe('a,[redacted],b\n');
    const byteByByte = await throughRedactor([...`x${API_KEY}y${API_KEY}`]);
    expect(byteByByte.text).toBe('x[redacted]y[redacted]');
  });

  it('holds back nothing but a possible start of the key, so SSE frames are not delayed', async () => {
    const { pieces } = await throughRedactor(['event: status\ndata: {}\n\n', 'event: done\ndata: {}\n\n']);
    expect(pieces).toEqual(['event: status\ndata: {}\n\n', 'event: done\ndata: {}\n\n']);
    const partial = await throughRedactor([`data: ${API_KEY.slice(0, 4)}`, 'not-the-key\n\n']);
    expect(partial.pieces).toEqual(['data: ', `${API_KEY.slice(0, 4)}not-the-key\n\n`]);
  });

  it('leaves a body that only looks like the start of the key intact at the end of the stream', async () => {
    const { text } = await throughRedactor([`tail ${API_KEY.slice(0, 6)}`]);
    expect(text).toBe(`tail ${API_KEY.slice(0, 6)}`);
  });

  it('does not scan for keys too short to redact safely', async () => {
    const { text } = await throughRedactor(['abc abc'], 'abc');
    expect(text).toBe('abc abc');
  });

  it('never puts request bodies (credentials) into onError', async () => {
    const errors: VernProxyErrorInfo[] = [];
    const vern = fakeVern(() => {
      throw new TypeError('fetch failed');
    });
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
      onError: (info) => errors.push(info),
    });
    const response = await proxy(
      browserRequest(`/migrations/${M}/runs/${R}/credentials`, {
        method: 'POST',
        json: { credentials: { client_secret: 'topsecret-credential' } },
      }),
    );
    expect(response.status).toBe(502);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'upstream_unreachable',
      operation: 'submitCredentials',
      status: 502,
    });
    expect(JSON.stringify(errors)).not.toContain('topsecret-credential');
  });
});
