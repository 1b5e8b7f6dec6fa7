/** Test doubles for `fetch`: a queue of canned answers, every call recorded. Not exported from the package. */

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export type FakeAnswer = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

export type FakeFetch = typeof fetch & { calls: RecordedCall[]; remaining: () => number };

export function fakeFetch(...answers: FakeAnswer[]): FakeFetch {
  const queue = [...answers];
  const calls: RecordedCall[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: String(input instanceof Request ? input.url : input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const answer = queue.shift();
    if (answer === undefined) throw new Error(`fakeFetch: unexpected ${call.method} ${call.url}`);
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(call);
    return answer;
  };
  return Object.assign(fn, { calls, remaining: () => queue.length }) as FakeFetch;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A response that never settles until the request's signal aborts, then rejects like fetch does. */
export function hangUntilAborted(call: RecordedCall): Promise<Response> {
  return new Promise((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(call.signal?.reason), { once: true });
  });
}

/** A byte stream fed by hand, for streaming and SSE tests. */
export function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const encoder = new TextEncoder();
  return {
    stream,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    pushBytes: (bytes: Uint8Array) => controller.enqueue(bytes),
    close: () => controller.close(),
    error: (reason: unknown) => controller.error(reason),
  };
}
