import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import {
  API_KEY,
  BASE_URL,
  browserRequest,
  controlledStream,
  fakeVern,
  type RecordedCall,
} from './testing/fakeVern.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const decoder = new TextDecoder();

function readerOf(response: Response): ReadableStreamDefaultReader<Uint8Array> {
  if (!response.body) throw new Error('expected a response body');
  return response.body.getReader();
}

function streamingProxy(contentType: string) {
  const upstream = controlledStream();
  let call: RecordedCall | undefined;
  const vern = fakeVern((c) => {
    call = c;
    return new Response(upstream.stream, { status: 200, headers: { 'content-type': contentType } });
  });
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch: vern.fetch,
    authorize: () => true,
  });
  return { proxy, upstream, call: () => call };
}

describe('streaming', () => {
  it('passes an SSE stream through frame by frame while Vern is still sending', async () => {
    const { proxy, upstream } = streamingProxy('text/event-stream');
    const response = await proxy(browserRequest(`/migrations/${M}/thread/stream?after=3`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-store, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');

    const reader = readerOf(response);
    const first = 'event: status\ndata: {"sequence":4,"type":"status","data":{"message":"Reading"}}\n\n';
    upstream.push(first);
    // The upstream is still open: this read resolves only if the proxy does not buffer.
    expect(decoder.decode((await reader.read()).value)).toBe(first);

    const second = 'event: message\ndata: {"sequence":5,"type":"message","data":{"text":"Mapped"}}\n\n';
    upstream.push(second);
    expect(decoder.decode((await reader.read()).value)).toBe(second);

    upstream.push('event: done\ndata: {"last_sequence":5}\n\n');
    upstream.close();
    expect(decoder.decode((await reader.read()).value)).toContain('event: done');
    expect((await reader.read()).done).toBe(true);
  });

  it('streams a CSV export row batch by row batch, keeping its download headers', async () => {
    const upstream = controlledStream();
    const vern = fakeVern(
      () =>
        new Response(upstream.stream, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="contacts.csv"',
            'x-total-records': '2',
            'content-encoding': 'gzip',
            'content-length': '999',
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
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="contacts.csv"');
    expect(response.headers.get('x-total-records')).toBe('2');
    // fetch has already decoded the body: these would describe bytes the browser never gets.
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();

    const reader = readerOf(response);
    upstream.push('Email,First Name\n');
    expect(decoder.decode((await reader.read()).value)).toBe('Email,First Name\n');
    upstream.push('jane@acme.com,Jane\n');
    expect(decoder.decode((await reader.read()).value)).toBe('jane@acme.com,Jane\n');
    upstream.close();
    expect((await reader.read()).done).toBe(true);
  });

  it('passes the browser’s abort signal to Vern, so a closed tab ends the upstream stream', async () => {
    const { proxy, call } = streamingProxy('text/event-stream');
    const controller = new AbortController();
    await proxy(browserRequest(`/migrations/${M}/thread/stream`, { signal: controller.signal }));
    expect(call()?.signal?.aborted).toBe(false);
    controller.abort();
    expect(call()?.signal?.aborted).toBe(true);
  });

  it('cancels the upstream body when the browser stops reading', async () => {
    const { proxy, upstream } = streamingProxy('text/event-stream');
    const response = await proxy(browserRequest(`/migrations/${M}/thread/stream`));
    const reader = readerOf(response);
    upstream.push('event: status\ndata: {}\n\n');
    await reader.read();
    await reader.cancel();
    await upstream.whenCanceled;
    expect(upstream.canceled).toBe(true);
  });

  it('streams large JSON (the preview) without rewriting it', async () => {
    const { proxy, upstream } = streamingProxy('application/json');
    const response = await proxy(browserRequest(`/migrations/${M}/preview`));
    const reader = readerOf(response);
    upstream.push('{"sheets":[{"rows":[["Email"]');
    expect(decoder.decode((await reader.read()).value)).toBe('{"sheets":[{"rows":[["Email"]');
    upstream.push(']}]}');
    upstream.close();
    expect(decoder.decode((await reader.read()).value)).toBe(']}]}');
  });
});
