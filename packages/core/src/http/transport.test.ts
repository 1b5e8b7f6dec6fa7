import { createVernClient } from '../client/createVernClient.ts';
import { isVernApiError, type VernApiError } from '../errors/VernApiError.ts';
import { fakeFetch, hangUntilAborted, json } from '../test/fakeFetch.ts';

const BASE = 'https://app.vern.so/api/v1';
const tooMany = () => json({ error: 'Too many requests' }, 429);
const boom = () => json({ error: 'Internal error' }, 500);
const sources = () => json({ sources: [] });
// random = 0.5 makes each wait exactly half its ceiling: 1000 ms, 2000 ms, 4000 ms…
const retry = { random: () => 0.5 };

async function caught(promise: Promise<unknown>): Promise<VernApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  if (!isVernApiError(error)) throw error;
  return error;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('backs off after a 429 with a jittered, growing wait, then succeeds', async () => {
    const fetch = fakeFetch(tooMany(), tooMany(), sources());
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = client.listSources();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ sources: [] });
    expect(fetch.calls).toHaveLength(3);
  });

  it('announces each retry before its wait, to the option and to subscribers, without the query string', async () => {
    const fetch = fakeFetch(tooMany(), boom(), sources());
    const onRetry = vi.fn();
    const client = createVernClient({ baseUrl: BASE, fetch, retry, onRetry });
    const listener = vi.fn();
    const unsubscribe = client.subscribeRetries(listener);
    const result = client.listSources();
    await vi.advanceTimersByTimeAsync(0);
    expect(onRetry).toHaveBeenCalledWith({
      attempt: 1,
      delayMs: 1_000,
      kind: 'rate_limited',
      method: 'GET',
      url: `${BASE}/sources`,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onRetry).toHaveBeenLastCalledWith(
      expect.objectContaining({ attempt: 2, delayMs: 2_000, kind: 'server' }),
    );
    expect(listener.mock.calls).toEqual(onRetry.mock.calls);
    unsubscribe();
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ sources: [] });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('gives up after maxRateLimitRetries with the server message and kind rate_limited', async () => {
    const fetch = fakeFetch(tooMany(), tooMany(), tooMany());
    const client = createVernClient({ baseUrl: BASE, fetch, retry: { ...retry, maxRateLimitRetries: 2 } });
    const result = caught(client.listSources());
    await vi.runAllTimersAsync();
    const error = await result;
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, message: 'Too many requests' });
    expect(fetch.calls).toHaveLength(3);
  });

  it('retries a GET after 5xx and network failures, capped by maxRetries', async () => {
    const fetch = fakeFetch(boom(), new TypeError('fetch failed'), boom(), boom());
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = caught(client.getPreview('m1'));
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ kind: 'server', status: 500, message: 'Internal error' });
    expect(fetch.calls).toHaveLength(4);
  });

  it('recovers a GET after a network failure', async () => {
    const fetch = fakeFetch(new TypeError('fetch failed'), sources());
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = client.listSources();
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ sources: [] });
  });

  it('never re-sends a POST after a 5xx, a network failure or a 429', async () => {
    for (const answer of [boom(), new TypeError('fetch failed'), tooMany()]) {
      const fetch = fakeFetch(answer);
      const client = createVernClient({ baseUrl: BASE, fetch, retry });
      const result = caught(client.startRun('m1', { kind: 'generate' }));
      await vi.runAllTimersAsync();
      await result;
      expect(fetch.calls).toHaveLength(1);
      expect(fetch.calls[0]?.method).toBe('POST');
    }
  });

  it('re-sends a POST after a 429 only when the host opts in', async () => {
    const fetch = fakeFetch(tooMany(), json({ run_id: 'r1', status: 'queued' }, 201));
    const client = createVernClient({
      baseUrl: BASE,
      fetch,
      retry: { ...retry, retryMutationsOnRateLimit: true },
    });
    const result = client.startRun('m1', { kind: 'generate' });
    await vi.runAllTimersAsync();
    await expect(result).resolves.toMatchObject({ run_id: 'r1' });
    expect(fetch.calls).toHaveLength(2);
  });

  it('never retries a 401', async () => {
    const fetch = fakeFetch(json({ error: 'Invalid API key' }, 401));
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = caught(client.listSources());
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ kind: 'auth', message: 'Invalid API key' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('does not retry a 501', async () => {
    const fetch = fakeFetch(json({ error: 'Not implemented' }, 501));
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = caught(client.listSources());
    await vi.runAllTimersAsync();
    expect((await result).kind).toBe('server');
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries cancel (PATCH) and delete (DELETE): repeating them changes nothing', async () => {
    const fetch = fakeFetch(
      json({ error: 'Bad gateway' }, 502),
      json({ run_id: 'r1', status: 'canceled' }),
      new TypeError('fetch failed'),
      json({ deleted: true }),
    );
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const canceled = client.cancelRun('m1', 'r1');
    await vi.runAllTimersAsync();
    await expect(canceled).resolves.toMatchObject({ status: 'canceled' });
    const deleted = client.deleteSourceConnection('m1');
    await vi.runAllTimersAsync();
    await expect(deleted).resolves.toEqual({ deleted: true });
    expect(fetch.calls.map((c) => c.method)).toEqual(['PATCH', 'PATCH', 'DELETE', 'DELETE']);
  });

  it('retries a GET whose body was cut off mid-way', async () => {
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"sources":'));
          controller.error(new TypeError('terminated'));
        },
      }),
      { status: 200 },
    );
    const fetch = fakeFetch(broken, sources());
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const result = client.listSources();
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ sources: [] });
  });

  it('turns retries off with `retry: false`, per client or per request', async () => {
    const fetch = fakeFetch(boom(), boom());
    const off = createVernClient({ baseUrl: BASE, fetch, retry: false });
    const first = caught(off.listSources());
    await vi.runAllTimersAsync();
    await first;
    const on = createVernClient({ baseUrl: BASE, fetch, retry });
    const second = caught(on.listSources({ retry: false }));
    await vi.runAllTimersAsync();
    await second;
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('aborting', () => {
  it('rejects with the abort reason during a retry wait and sends nothing more', async () => {
    const fetch = fakeFetch(tooMany(), sources());
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const controller = new AbortController();
    const result = client.listSources({ signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(new DOMException('Left the page', 'AbortError'));
    const error = await result;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).message).toBe('Left the page');
    await vi.runAllTimersAsync();
    expect(fetch.calls).toHaveLength(1);
  });

  it('passes the signal to fetch and rejects with its reason, not as a network error', async () => {
    const fetch = fakeFetch(hangUntilAborted);
    const client = createVernClient({ baseUrl: BASE, fetch, retry });
    const controller = new AbortController();
    const result = client.getRun('m1', 'r1', { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(isVernApiError(await result)).toBe(false);
    expect(fetch.calls).toHaveLength(1);
  });

  it('does not send at all when the signal is already aborted', async () => {
    const fetch = fakeFetch(sources());
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.listSources({ signal: AbortSignal.abort() })).rejects.toThrow();
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('headers', () => {
  it('sends the key, JSON accept, and content-type only with a body', async () => {
    const fetch = fakeFetch(sources(), json({ run_id: 'r1', status: 'queued' }, 201));
    const client = createVernClient({
      baseUrl: BASE,
      fetch,
      apiKey: 'sk_test',
      headers: { 'x-host': 'acme' },
    });
    await client.listSources();
    await client.startRun('m1', { kind: 'execute' });
    const [get, post] = fetch.calls;
    expect(get?.headers.get('x-api-key')).toBe('sk_test');
    expect(get?.headers.get('x-host')).toBe('acme');
    expect(get?.headers.get('accept')).toBe('application/json');
    expect(get?.headers.has('content-type')).toBe(false);
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.body).toBe('{"kind":"execute"}');
  });

  it('calls a headers function before every attempt, so a refreshed token is used on retry', async () => {
    const fetch = fakeFetch(boom(), sources());
    let token = 0;
    const client = createVernClient({
      baseUrl: BASE,
      fetch,
      retry,
      headers: async () => ({ authorization: `Bearer ${++token}` }),
    });
    const result = client.listSources();
    await vi.runAllTimersAsync();
    await result;
    expect(fetch.calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer 1', 'Bearer 2']);
  });

  it('does not send x-api-key when no key is configured (browser behind a proxy)', async () => {
    const fetch = fakeFetch(sources());
    await createVernClient({ baseUrl: '/api/vern', fetch }).listSources();
    expect(fetch.calls[0]?.url).toBe('/api/vern/sources');
    expect(fetch.calls[0]?.headers.has('x-api-key')).toBe(false);
  });
});

describe('client-side rate limit', () => {
  it('spaces requests to the shared budget', async () => {
    const fetch = fakeFetch(sources(), sources(), sources());
    const client = createVernClient({ baseUrl: BASE, fetch, rateLimit: { requestsPerMinute: 60, burst: 1 } });
    const all = Promise.all([client.listSources(), client.listSources(), client.listSources()]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch.calls).toHaveLength(3);
    await all;
  });
});
