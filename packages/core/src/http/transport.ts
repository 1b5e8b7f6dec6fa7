import type * as z from 'zod/mini';
import { VernApiError } from '../errors/VernApiError.ts';
import { createRateLimiter, type RateLimiter } from '../rateLimit/createRateLimiter.ts';
import { type ResolvedRetry, type RetryOptions, resolveRetry, retryDelay } from '../retry/retryPolicy.ts';
import { sleep } from '../retry/sleep.ts';
import { errorFromResponse } from './errorFromResponse.ts';
import type { SchemaPick } from './loadSchemas.ts';
import { parseJsonText, validate } from './parseBody.ts';
import { redactUrl } from './url.ts';

export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** A request failed and is about to be sent again after `delayMs`. */
export interface RetryInfo {
  /** 1 for the first retry of this request. */
  attempt: number;
  delayMs: number;
  /** Why: `rate_limited` (429), `server` (5xx) or `network`. */
  kind: VernApiError['kind'];
  method: HttpMethod;
  /** The request URL without its query string. */
  url: string;
}

export interface TransportOptions {
  apiKey?: string;
  headers?: HeadersOption;
  fetch?: typeof fetch;
  retry?: RetryOptions | false;
  rateLimit?: { requestsPerMinute: number; burst?: number } | RateLimiter | false;
  /** Called before each backoff wait, so a UI can say "busy, retrying" while reads back off. */
  onRetry?: (info: RetryInfo) => void;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface SendSpec {
  method: HttpMethod;
  url: string;
  body?: unknown;
  accept?: string;
  /** Safe to send again when the outcome is unknown (5xx, network). */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
  retry?: RetryOptions | false | undefined;
}

export interface JsonSpec<S> extends SendSpec {
  /** The response schema, picked from the lazily loaded schemas. */
  schema: SchemaPick<S>;
  /** Reshapes the parsed body before validation (an envelope unwrapped, a missing id filled in). */
  prepare?: (body: unknown) => unknown;
}

export interface Transport {
  /** A `2xx` response with its body unread, after retries; anything else throws `VernApiError`. */
  send(spec: SendSpec): Promise<Response>;
  /** `send`, then read JSON and validate it. */
  json<S extends z.ZodMiniType>(spec: JsonSpec<S>): Promise<{ data: z.output<S>; response: Response }>;
  readonly fetch: typeof fetch;
}

function isRateLimiter(value: unknown): value is RateLimiter {
  return typeof value === 'object' && value !== null && typeof (value as RateLimiter).acquire === 'function';
}

function shouldRetry(
  error: VernApiError,
  spec: SendSpec,
  policy: ResolvedRetry,
  counts: { failures: number; limited: number },
) {
  if (error.kind === 'rate_limited') {
    return (
      (spec.idempotent || policy.retryMutationsOnRateLimit) && counts.limited < policy.maxRateLimitRetries
    );
  }
  const transient = error.kind === 'network' || (error.kind === 'server' && error.status !== 501);
  return transient && spec.idempotent && counts.failures < policy.maxRetries;
}

export function createTransport(options: TransportOptions): Transport {
  // Looked up per call, not captured: MSW and test doubles patch `globalThis.fetch` late,
  // and a detached `window.fetch` throws "Illegal invocation" in browsers.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const limiter = isRateLimiter(options.rateLimit)
    ? options.rateLimit
    : options.rateLimit
      ? createRateLimiter(options.rateLimit)
      : undefined;

  async function buildHeaders(spec: SendSpec): Promise<Headers> {
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = new Headers(extra);
    if (!headers.has('accept')) headers.set('accept', spec.accept ?? 'application/json');
    if (spec.body !== undefined) headers.set('content-type', 'application/json');
    if (options.apiKey) headers.set('x-api-key', options.apiKey);
    return headers;
  }

  async function attempt(spec: SendSpec, body: string | undefined): Promise<Response> {
    const init: RequestInit = { method: spec.method, headers: await buildHeaders(spec) };
    if (body !== undefined) init.body = body;
    if (spec.signal) init.signal = spec.signal;
    try {
      return await fetchImpl(spec.url, init);
    } catch (cause) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new VernApiError({
        kind: 'network',
        status: 0,
        method: spec.method,
        url: redactUrl(spec.url),
        cause,
        message: `Could not reach ${redactUrl(spec.url)} (${spec.method}): ${reason}`,
      });
    }
  }

  async function send(spec: SendSpec): Promise<Response> {
    const policy = resolveRetry(options.retry, spec.retry);
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const counts = { failures: 0, limited: 0 };
    for (let retries = 0; ; retries++) {
      spec.signal?.throwIfAborted();
      await limiter?.acquire(spec.signal);
      let error: VernApiError;
      try {
        const response = await attempt(spec, body);
        if (response.ok) return response;
        error = await errorFromResponse(response, spec.method, spec.url);
      } catch (caught) {
        if (!(caught instanceof VernApiError)) throw caught;
        error = caught;
      }
      if (!shouldRetry(error, spec, policy, counts)) throw error;
      if (error.kind === 'rate_limited') counts.limited++;
      else counts.failures++;
      const delayMs = retryDelay(policy, retries + 1);
      options.onRetry?.({
        attempt: retries + 1,
        delayMs,
        kind: error.kind,
        method: spec.method,
        url: redactUrl(spec.url),
      });
      await sleep(delayMs, spec.signal);
    }
  }

  async function json<S extends z.ZodMiniType>(spec: JsonSpec<S>) {
    const policy = resolveRetry(options.retry, spec.retry);
    for (let bodyFailures = 0; ; bodyFailures++) {
      const response = await send(spec);
      const ctx = { method: spec.method, url: spec.url, status: response.status };
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        if (spec.signal?.aborted) throw spec.signal.reason;
        // The connection dropped mid-body: as unknown an outcome as a network failure.
        const error = new VernApiError({
          kind: 'network',
          status: response.status,
          method: spec.method,
          url: redactUrl(spec.url),
          cause,
          message: `The response from ${redactUrl(spec.url)} (${spec.method}) was cut off`,
        });
        if (!spec.idempotent || bodyFailures >= policy.maxRetries) throw error;
        await sleep(retryDelay(policy, bodyFailures + 1), spec.signal);
        continue;
      }
      return { data: await validate(spec.schema, parseJsonText(text, ctx), ctx, spec.prepare), response };
    }
  }

  return { send, json, fetch: fetchImpl };
}
