import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const R = 'd4c3b2a1-9f8e-47d6-b5a4-c3d2e1f0a9b8';

function setup(maxBodyBytes?: number) {
  const vern = fakeVern();
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch: vern.fetch,
    authorize: () => true,
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
  });
  const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    proxy(browserRequest(`/migrations/${M}/runs/${R}/messages`, { method: 'POST', body, headers }));
  return { proxy, vern, post };
}

/** A body with no content-length: the proxy has to count as it reads. */
function chunked(text: string, chunkSize = 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

describe('request bodies', () => {
  it('refuses a body over maxBodyBytes with 413, before calling Vern', async () => {
    const { vern, post } = setup(1024);
    const big = JSON.stringify({ answers: 'x'.repeat(2000) });
    const response = await post(big);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'Request body is larger than 1024 bytes' });
    expect(vern.calls).toHaveLength(0);
  });

  it('counts a streamed body without content-length and stops reading past the limit', async () => {
    const { vern, proxy } = setup(1024);
    let pulled = 0;
    const source = chunked(JSON.stringify({ answers: 'x'.repeat(100_000) }), 256);
    const counting = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, c) {
          pulled += chunk.length;
          c.enqueue(chunk);
        },
      }),
    );
    const request = new Request(`http://app.test/migrations/${M}/runs/${R}/messages`, {
      method: 'POST',
      body: counting,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const response = await proxy(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(4096);
    expect(vern.calls).toHaveLength(0);
  });

  it('accepts a body right at the default limit of 1 MiB', async () => {
    const { vern, post } = setup();
    const filler = 'x'.repeat(1024 * 1024 - '{"answers":""}'.length);
    const response = await post(JSON.stringify({ answers: filler }));
    expect(response.status).toBe(200);
    expect(vern.calls[0]?.body?.length).toBe(1024 * 1024);
  });

  it.each([
    ['{"answers": "unterminated', 'Request body is not valid JSON'],
    ['', 'Request body is required (a JSON object)'],
    ['[1,2,3]', 'Request body must be a JSON object'],
    ['"just a string"', 'Request body must be a JSON object'],
    ['null', 'Request body must be a JSON object'],
    [`{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'Request body is nested too deeply'],
  ])('answers 400 for the body %j', async (body, error) => {
    const { vern, post } = setup();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
    expect(vern.calls).toHaveLength(0);
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const { vern, post } = setup();
    const response = await post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Request body is not valid UTF-8' });
    expect(vern.calls).toHaveLength(0);
  });

  it.each([
    [{}],
    [{ 'content-type': 'text/plain' }],
    [{ 'content-type': 'application/x-www-form-urlencoded' }],
  ])('answers 415 to a JSON route without a JSON content type %j', async (headers) => {
    const { vern, post } = setup();
    const response = await post('{"answers":"x"}', headers);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'Content-Type must be application/json' });
    expect(vern.calls).toHaveLength(0);
  });

  it('accepts a charset parameter and forwards the re-serialized object', async () => {
    const { vern, post } = setup();
    const response = await post('{ "answers" : [ { "id": "q1", "value": "Open" } ] }', {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(200);
    expect(vern.calls[0]?.body).toBe('{"answers":[{"id":"q1","value":"Open"}]}');
    expect(vern.calls[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('sends no body on GET and DELETE', async () => {
    const { vern, proxy } = setup();
    await proxy(browserRequest(`/migrations/${M}/source-connection`, { method: 'DELETE' }));
    await proxy(browserRequest(`/migrations/${M}/preview`));
    expect(vern.calls.map((c) => [c.method, c.body, c.headers.get('content-type')])).toEqual([
      ['DELETE', null, null],
      ['GET', null, null],
    ]);
  });
});
