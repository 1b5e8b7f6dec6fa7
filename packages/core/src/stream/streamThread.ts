import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type * as z from 'zod/mini';
import type { StreamThreadOptions } from '../client/VernClient.ts';
import { isVernApiError, VernApiError } from '../errors/VernApiError.ts';
import { loadSchemas, type Schemas } from '../http/loadSchemas.ts';
import { formatIssuePath } from '../http/parseBody.ts';
import type { Transport } from '../http/transport.ts';
import { redactUrl } from '../http/url.ts';
import { backoffDelay } from '../retry/backoffDelay.ts';
import { sleep } from '../retry/sleep.ts';
import { isPlainObject } from '../schemas/plainObject.ts';
import type { ThreadEvent, ThreadStreamErrorSchema } from '../schemas/thread.ts';

export type ThreadStreamErrorFrame = z.infer<typeof ThreadStreamErrorSchema>;

export interface StreamThreadInput extends StreamThreadOptions {
  transport: Transport;
  /** The stream URL without `after`/`include`. */
  url: string;
  /** Reconnect backoff; defaults to 1 s doubling to 30 s, full jitter. */
  reconnectDelay?: { base: number; cap: number; random?: () => number };
}

type Frame =
  | { kind: 'event'; event: ThreadEvent }
  | { kind: 'error'; frame: ThreadStreamErrorFrame; event: ThreadEvent | null }
  | { kind: 'done'; lastSequence: number | null }
  | { kind: 'invalid'; error: VernApiError };

/** A generous ceiling on one frame, so a misbehaving proxy cannot grow the buffer without bound. */
const MAX_FRAME_CHARS = 32 * 1024 * 1024;

/** Statuses that will not get better by reconnecting. */
const FATAL = new Set(['auth', 'not_found', 'bad_request', 'invalid_response']);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function toFrame(message: EventSourceMessage, url: string, schemas: Schemas): Frame | null {
  const { safeParse, ThreadDoneSchema, ThreadEventSchema, ThreadStreamErrorSchema } = schemas;
  const name = message.event ?? 'message';
  const json = parseJson(message.data);
  const invalid = (path: string, detail: string) => ({
    kind: 'invalid' as const,
    error: new VernApiError({
      kind: 'invalid_response',
      status: 200,
      method: 'GET',
      url: redactUrl(url),
      path,
      body: message.data,
      message: `Unexpected thread stream frame (event: ${name}): ${path ? `${path}: ` : ''}${detail}`,
    }),
  });

  if (name === 'done') {
    const done = json.ok ? ThreadDoneSchema.safeParse(json.value) : null;
    return { kind: 'done', lastSequence: done?.success ? (done.data.last_sequence ?? null) : null };
  }
  if (name === 'error') {
    const value = json.ok ? json.value : { message: message.data };
    const frame = ThreadStreamErrorSchema.safeParse(isPlainObject(value) ? value : { data: value });
    const event = ThreadEventSchema.safeParse(isPlainObject(value) ? { type: 'error', ...value } : value);
    return {
      kind: 'error',
      frame: frame.success ? frame.data : { message: message.data },
      event: event.success ? event.data : null,
    };
  }
  if (!json.ok) return invalid('', 'data is not JSON');
  // Servers that name the type only in `event:` still describe a typed event.
  const value =
    isPlainObject(json.value) && json.value.type === undefined ? { ...json.value, type: name } : json.value;
  const parsed = safeParse(ThreadEventSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(issue ? formatIssuePath(issue.path) : '', issue?.message ?? 'not a thread event');
  }
  return { kind: 'event', event: parsed.data };
}

/**
 * Read `GET /thread/stream` over `fetch` (EventSource cannot send `x-api-key`), resuming with
 * `?after=<highest sequence seen>` whenever the server closes without `event: done`.
 * The cursor only moves forward and only on frames that carry a sequence, so an event is
 * never yielded twice and none is skipped across reconnects.
 */
export async function* streamThread(input: StreamThreadInput): AsyncGenerator<ThreadEvent, void, undefined> {
  const { transport, signal, onError, onDone, onOpen } = input;
  const maxReconnects = input.maxReconnects ?? 5;
  const idleTimeoutMs = input.idleTimeoutMs ?? 45_000;
  const delay = input.reconnectDelay ?? { base: 1000, cap: 30_000 };
  let cursor = typeof input.after === 'number' && Number.isFinite(input.after) ? input.after : null;
  let failures = 0;
  let serverRetryMs: number | null = null;

  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();

  try {
    while (!controller.signal.aborted) {
      const params = new URLSearchParams();
      if (cursor !== null) params.set('after', String(cursor));
      if (input.include) params.set('include', input.include);
      const query = params.toString();
      const url = query ? `${input.url}?${query}` : input.url;

      // Only new events reset the reconnect budget: a server that answers with heartbeats and then
      // closes, over and over, must back off like one that answers nothing.
      let progressed = false;
      let dropped: VernApiError | null = null;
      try {
        // Loaded before connecting: a failed load is retried with the same backoff as a dropped connection.
        const schemas = await loadSchemas();
        const response = await transport.send({
          method: 'GET',
          url,
          accept: 'text/event-stream',
          idempotent: true,
          signal: controller.signal,
        });
        const contentType = response.headers.get('content-type');
        if (!response.body || (contentType && !contentType.includes('text/event-stream'))) {
          await response.body?.cancel().catch(() => undefined);
          throw new VernApiError({
            kind: 'invalid_response',
            status: response.status,
            method: 'GET',
            url: redactUrl(url),
            message: `Expected an event stream from ${redactUrl(url)}, got ${contentType ?? 'no body'}`,
          });
        }
        const body = response.body;
        onOpen?.();

        const frames: Frame[] = [];
        let overflowed = false;
        const parser = createParser({
          maxBufferSize: MAX_FRAME_CHARS,
          onError: (error) => {
            // Unknown fields and bad `retry:` values are ignored, as EventSource does.
            if (error.type === 'max-buffer-size-exceeded') overflowed = true;
          },
          onEvent: (message) => {
            const frame = toFrame(message, url, schemas);
            if (frame) frames.push(frame);
          },
          onRetry: (ms) => {
            serverRetryMs = ms;
          },
        });
        const reader = body.getReader();
        const decoder = new TextDecoder();
        // Not every fetch errors the body when its signal aborts; cancelling the reader always ends the read.
        const cancel = () => void reader.cancel(controller.signal.reason).catch(() => undefined);
        controller.signal.addEventListener('abort', cancel, { once: true });
        try {
          for (;;) {
            let chunk: ReadableStreamReadResult<Uint8Array>;
            try {
              chunk = await readWithin(
                reader,
                idleTimeoutMs,
                () =>
                  new VernApiError({
                    kind: 'network',
                    status: 0,
                    method: 'GET',
                    url: redactUrl(url),
                    message: `The thread stream went silent for ${idleTimeoutMs} ms`,
                  }),
              );
            } catch (cause) {
              if (controller.signal.aborted) return;
              if (isVernApiError(cause)) throw cause;
              throw new VernApiError({
                kind: 'network',
                status: 0,
                method: 'GET',
                url: redactUrl(url),
                cause,
                message: 'The thread stream connection dropped',
              });
            }
            if (controller.signal.aborted) return;
            const { value, done } = chunk;
            // At a clean end, a last event missing its closing blank line is still delivered:
            // the API reference's own transcript ends that way.
            parser.feed(done ? `${decoder.decode()}\n\n` : decoder.decode(value, { stream: true }));
            if (overflowed) {
              throw new VernApiError({
                kind: 'invalid_response',
                status: response.status,
                method: 'GET',
                url: redactUrl(url),
                message: `A thread stream frame exceeded ${MAX_FRAME_CHARS} characters`,
              });
            }
            for (const frame of frames.splice(0)) {
              if (frame.kind === 'done') {
                onDone?.({ lastSequence: frame.lastSequence ?? cursor });
                return;
              }
              if (frame.kind === 'invalid') {
                onError?.(frame.error);
                continue;
              }
              const event = frame.event;
              const seen = event !== null && cursor !== null && event.sequence <= cursor;
              if (seen) continue;
              if (frame.kind === 'error') onError?.(frame.frame);
              if (!event) continue;
              cursor = event.sequence;
              progressed = true;
              yield event;
            }
            if (done) break;
          }
        } finally {
          controller.signal.removeEventListener('abort', cancel);
          reader.cancel().catch(() => undefined);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        // Anything but a VernApiError came from a callback or the consumer: not ours to swallow.
        if (!isVernApiError(error) || FATAL.has(error.kind)) throw error;
        dropped = error;
      }

      failures = progressed ? 1 : failures + 1;
      if (failures > maxReconnects) {
        throw new VernApiError({
          kind: dropped?.kind ?? 'network',
          status: dropped?.status ?? 0,
          method: 'GET',
          url: redactUrl(input.url),
          cause: dropped ?? undefined,
          message: `The thread stream closed ${failures} times in a row without finishing`,
        });
      }
      if (dropped) onError?.(dropped);
      // The server's `retry:` hint is a floor, not a replacement for backing off.
      const wait = Math.max(serverRetryMs ?? 0, backoffDelay(failures, delay));
      try {
        await sleep(wait, controller.signal);
      } catch {
        return;
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/** One `read()`, or `onIdle()`'s error if nothing arrives in time. The caller cancels the reader. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  ms: number,
  onIdle: () => Error,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onIdle()), ms);
  });
  try {
    return await Promise.race([reader.read(), idle]);
  } finally {
    clearTimeout(timer);
  }
}
