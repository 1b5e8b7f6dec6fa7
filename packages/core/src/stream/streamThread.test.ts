import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVernClient } from '../client/createVernClient.ts';
import { isVernApiError, type VernApiError } from '../errors/VernApiError.ts';
import type { ThreadEvent } from '../schemas/thread.ts';
import { controlledStream, fakeFetch, hangUntilAborted, json, type RecordedCall } from '../test/fakeFetch.ts';
import type { ThreadStreamErrorFrame } from './streamThread.ts';

const BASE = 'https://app.vern.so/api/v1';
const STREAM = `${BASE}/migrations/m1/thread/stream`;
const TRANSCRIPT = readFileSync(
  join(import.meta.dirname, '..', '__fixtures__', 'current', 'stream-the-thread.sse.txt'),
  'utf8',
);

/** An SSE response delivered in the given chunks (strings or raw bytes). */
function sse(...chunks: Array<string | Uint8Array>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

/** A stream that sends these chunks and then stays open, silent (a half-open socket, a buffering proxy). */
function silentAfter(...chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const frame = (sequence: number, type = 'status', data: object = { message: `step ${sequence}` }) =>
  `event: ${type}\ndata: ${JSON.stringify({ sequence, type, data })}\n\n`;
const done = (last: number | null) => `event: done\ndata: ${JSON.stringify({ last_sequence: last })}\n\n`;

async function collect(iterable: AsyncIterable<ThreadEvent>): Promise<ThreadEvent[]> {
  const out: ThreadEvent[] = [];
  for await (const event of iterable) out.push(event);
  return out;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('streamThread: parsing', () => {
  it('reads the documented transcript, ends on done and reports the last sequence', async () => {
    const fetch = fakeFetch(sse(TRANSCRIPT));
    const onDone = vi.fn();
    const events = await collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onDone }));
    expect(events.map((e) => [e.sequence, e.type])).toEqual([
      [1042, 'status'],
      [1043, 'message'],
    ]);
    expect(events[1]?.data).toEqual({ text: 'Mapped 4 of 5 columns; one needs your input.' });
    expect(onDone).toHaveBeenCalledWith({ lastSequence: 1043 });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.headers.get('accept')).toBe('text/event-stream');
  });

  it('sends the key as a header, which EventSource could not', async () => {
    const fetch = fakeFetch(sse(done(null)));
    await collect(createVernClient({ baseUrl: BASE, fetch, apiKey: 'sk_live' }).streamThread('m1'));
    expect(fetch.calls[0]?.headers.get('x-api-key')).toBe('sk_live');
  });

  it('reassembles frames split at every byte, including inside a multi-byte character', async () => {
    const text = `${frame(1, 'message', { text: 'Café — naïve…' })}${done(1)}`;
    const bytes = new TextEncoder().encode(text);
    const chunks = Array.from(bytes, (b) => new Uint8Array([b]));
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(...chunks)) }).streamThread('m1'),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toEqual({ text: 'Café — naïve…' });
  });

  it('accepts CRLF line endings', async () => {
    const text = `${frame(1)}${frame(2)}${done(2)}`.replaceAll('\n', '\r\n');
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(text)) }).streamThread('m1'),
    );
    expect(events.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('joins a multi-line data field', async () => {
    const text =
      'event: message\ndata: {"sequence": 5, "type": "message",\ndata: "data": {"text": "two lines"}}\n\n';
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(text, done(5))) }).streamThread('m1'),
    );
    expect(events[0]).toMatchObject({ sequence: 5, data: { text: 'two lines' } });
  });

  it('ignores comments and heartbeats', async () => {
    const text = `: connected\n\n${frame(1)}:heartbeat\n\n: ping\n\n${frame(2)}${done(2)}`;
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(text)) }).streamThread('m1'),
    );
    expect(events.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('takes the type from the event name when the payload leaves it out', async () => {
    const text = `event: status\ndata: {"sequence":3,"data":{"message":"Reading"}}\n\n${done(3)}`;
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(text)) }).streamThread('m1'),
    );
    expect(events[0]).toMatchObject({ sequence: 3, type: 'status' });
  });

  it('reports a malformed frame and keeps going', async () => {
    const onError = vi.fn();
    const text = `event: status\ndata: {not json\n\nevent: status\ndata: {"type":"status"}\n\n${frame(4)}${done(4)}`;
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(sse(text)) });
    const events = await collect(client.streamThread('m1', { onError }));
    expect(events.map((e) => e.sequence)).toEqual([4]);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[1]?.[0]).toMatchObject({ kind: 'invalid_response', path: 'sequence' });
  });

  it('passes include and after, and never yields events at or below after', async () => {
    const fetch = fakeFetch(sse(frame(10), frame(11), done(11)));
    const events = await collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { after: 10, include: 'tools' }),
    );
    expect(fetch.calls[0]?.url).toBe(`${STREAM}?after=10&include=tools`);
    expect(events.map((e) => e.sequence)).toEqual([11]);
  });
});

describe('streamThread: error frames', () => {
  it('surfaces an error frame without a sequence and does not move the resume cursor', async () => {
    const onError = vi.fn<(e: VernApiError | ThreadStreamErrorFrame) => void>();
    const fetch = fakeFetch(
      sse(frame(1), frame(2), 'event: error\ndata: {"error":"Stream budget exceeded"}\n\n'),
      sse(frame(3), done(3)),
    );
    const events = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onError }));
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ error: 'Stream budget exceeded' }));
    expect(fetch.calls[1]?.url).toBe(`${STREAM}?after=2`);
  });

  it('yields an error frame that carries a sequence as a thread event, once', async () => {
    const onError = vi.fn();
    const errorFrame = 'event: error\ndata: {"sequence":2,"data":{"message":"Extractor failed"}}\n\n';
    const fetch = fakeFetch(sse(frame(1), errorFrame), sse(errorFrame, done(2)));
    const events = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onError }));
    await vi.runAllTimersAsync();
    expect((await events).map((e) => [e.sequence, e.type])).toEqual([
      [1, 'status'],
      [2, 'error'],
    ]);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('accepts an error frame whose data is plain text', async () => {
    const onError = vi.fn();
    const fetch = fakeFetch(sse('event: error\ndata: upstream went away\n\n', done(null)));
    await collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onError }));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'upstream went away' }));
  });
});

describe('streamThread: reconnecting', () => {
  it('resumes after the highest sequence without duplicates or gaps', async () => {
    const fetch = fakeFetch(
      sse(frame(1), frame(2), frame(3)),
      // The server replays from its own cursor: 2 and 3 again, then new ones.
      sse(frame(2), frame(3), frame(4), frame(5)),
      sse(frame(6), done(6)),
    );
    const events = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { include: 'user' }),
    );
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fetch.calls.map((c) => c.url)).toEqual([
      `${STREAM}?include=user`,
      `${STREAM}?after=3&include=user`,
      `${STREAM}?after=5&include=user`,
    ]);
  });

  it('calls onOpen for each connection, before its first event', async () => {
    const fetch = fakeFetch(sse(frame(1)), sse(frame(2), done(2)));
    const log: string[] = [];
    const stream = createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', {
      onOpen: () => log.push('open'),
    });
    const events = (async () => {
      for await (const event of stream) log.push(`event ${event.sequence}`);
    })();
    await vi.runAllTimersAsync();
    await events;
    expect(log).toEqual(['open', 'event 1', 'open', 'event 2']);
  });

  it('waits (abortably) between reconnects rather than hammering the server', async () => {
    const fetch = fakeFetch(sse(frame(1)), sse(done(1)));
    const events = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.calls).toHaveLength(1);
    await vi.runAllTimersAsync();
    await events;
    expect(fetch.calls).toHaveLength(2);
  });

  it('reconnects after the connection drops mid-event, drops the partial frame and reports the drop', async () => {
    const first = controlledStream();
    const onError = vi.fn();
    const fetch = fakeFetch(
      new Response(first.stream, { headers: { 'content-type': 'text/event-stream' } }),
      sse(frame(2), done(2)),
    );
    const events = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onError }));
    first.push(frame(1));
    first.push('event: status\ndata: {"sequence":2,"type":"sta');
    await vi.advanceTimersByTimeAsync(0);
    first.error(new TypeError('network changed'));
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1, 2]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    expect(fetch.calls[1]?.url).toBe(`${STREAM}?after=1`);
  });

  it('gives up after maxReconnects consecutive empty connections', async () => {
    const fetch = fakeFetch(sse(), sse(), sse(), sse());
    const result = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { maxReconnects: 2 }),
    ).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await result;
    expect(isVernApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'network' });
    expect(fetch.calls).toHaveLength(3);
  });

  it('counts only consecutive failures: a connection that delivered an event resets the budget', async () => {
    const fetch = fakeFetch(sse(frame(1)), sse(frame(2)), sse(frame(3)), sse(done(3)));
    const events = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { maxReconnects: 1 }),
    );
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1, 2, 3]);
  });

  it('backs off and gives up on connections that bring only heartbeats, instead of looping', async () => {
    const fetch = fakeFetch(sse(frame(1)), sse(': heartbeat\n\n'), sse(': heartbeat\n\n'), sse(frame(2)));
    const received: number[] = [];
    const result = (async () => {
      for await (const event of createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', {
        maxReconnects: 2,
      }))
        received.push(event.sequence);
    })().catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(isVernApiError(await result)).toBe(true);
    expect(received).toEqual([1]);
    expect(fetch.calls).toHaveLength(3);
  });

  it('reconnects with after when a connection opens and then goes silent', async () => {
    const fetch = fakeFetch(silentAfter(frame(1)), sse(frame(2), done(2)));
    const events = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { idleTimeoutMs: 10_000 }),
    );
    await vi.advanceTimersByTimeAsync(9_000);
    expect(fetch.calls).toHaveLength(1);
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1, 2]);
    expect(fetch.calls[1]?.url).toBe(`${STREAM}?after=1`);
  });

  it('does not reconnect after a 401 or 404', async () => {
    for (const [status, kind] of [
      [401, 'auth'],
      [404, 'not_found'],
    ] as const) {
      const fetch = fakeFetch(json({ error: 'nope' }, status));
      const result = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1')).catch(
        (e: unknown) => e,
      );
      await vi.runAllTimersAsync();
      expect(await result).toMatchObject({ kind, status });
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it('refuses a response that is not an event stream (a buffering or misrouted proxy)', async () => {
    const fetch = fakeFetch(json({ events: [] }));
    const result = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1')).catch(
      (e: unknown) => e,
    );
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ kind: 'invalid_response' });
  });
});

describe('streamThread: stopping', () => {
  it('ends quietly when aborted mid-stream and closes the connection', async () => {
    const live = controlledStream();
    let seen: RecordedCall | undefined;
    const fetch = fakeFetch((call) => {
      seen = call;
      return new Response(live.stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    const controller = new AbortController();
    const events = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { signal: controller.signal }),
    );
    live.push(frame(1));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect((await events).map((e) => e.sequence)).toEqual([1]);
    expect(seen?.signal?.aborted).toBe(true);
  });

  it('ends quietly when aborted while connecting or waiting to reconnect', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(sse(frame(1)), hangUntilAborted);
    const events = collect(
      createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await vi.runAllTimersAsync();
    expect((await events).map((e) => e.sequence)).toEqual([1]);
  });

  it('closes the connection when the consumer stops iterating early', async () => {
    const live = controlledStream();
    let seen: RecordedCall | undefined;
    const fetch = fakeFetch((call) => {
      seen = call;
      return new Response(live.stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    live.push(frame(1) + frame(2));
    for await (const event of createVernClient({ baseUrl: BASE, fetch }).streamThread('m1')) {
      if (event.sequence === 1) break;
    }
    expect(seen?.signal?.aborted).toBe(true);
  });
});

describe('streamThread: callbacks', () => {
  it('lets an exception thrown by a callback propagate instead of treating it as a dropped connection', async () => {
    const fetch = fakeFetch(sse('event: error\ndata: {"error":"x"}\n\n', frame(1), done(1)));
    const onError = () => {
      throw new RangeError('host bug');
    };
    const result = collect(createVernClient({ baseUrl: BASE, fetch }).streamThread('m1', { onError })).catch(
      (e: unknown) => e,
    );
    await vi.runAllTimersAsync();
    expect(await result).toBeInstanceOf(RangeError);
    expect(fetch.calls).toHaveLength(1);
  });
});
