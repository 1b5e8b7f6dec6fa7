import type { FetchLike } from '../types.ts';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  signal: AbortSignal | undefined;
  redirect: RequestRedirect | undefined;
}

export const API_KEY = 'vk_test_0123456789abcdef';
export const BASE_URL = 'https://vern.test/api/v1';

/** A stand-in for Vern: records every call the proxy makes and answers with `respond`. */
export function fakeVern(respond?: (call: RecordedCall) => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    const body =
      init.body === null || init.body === undefined
        ? null
        : typeof init.body === 'string'
          ? init.body
          : await new Response(init.body).text();
    const call: RecordedCall = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body,
      signal: init.signal ?? undefined,
      redirect: init.redirect,
    };
    calls.push(call);
    return respond ? respond(call) : Response.json({ ok: true });
  };
  return { fetch, calls };
}

/** A request as the browser would send it to the host app. */
export function browserRequest(path: string, init: RequestInit & { json?: unknown } = {}): Request {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Request(`http://app.test${path}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
}

/** A body stream the test pushes into chunk by chunk. */
export function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let canceled = false;
  let onCancel!: () => void;
  const whenCanceled = new Promise<void>((resolve) => {
    onCancel = resolve;
  });
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      canceled = true;
      onCancel();
    },
  });
  const encoder = new TextEncoder();
  return {
    stream,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    /** Settles once the consumer cancels the stream (never, if it does not). */
    whenCanceled,
    get canceled() {
      return canceled;
    },
  };
}
