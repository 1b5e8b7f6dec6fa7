import { backoffDelay } from './backoffDelay.ts';

export interface RetryOptions {
  /** Retries after a 5xx or a network failure, for idempotent requests only. Default 3. */
  maxRetries?: number;
  /** Retries after a `429`. Vern sends no `Retry-After`, so these back off blind. Default 4. */
  maxRateLimitRetries?: number;
  /** Ceiling of the first wait in ms; doubles per attempt. Default 1000. */
  baseDelayMs?: number;
  /** Longest single wait in ms. Default 30 000. */
  maxDelayMs?: number;
  /**
   * Re-send a POST after a `429`. Vern refused it before acting, so this is safe in
   * principle, but it is off by default: a mutation is sent once per call unless you opt in.
   */
  retryMutationsOnRateLimit?: boolean;
  /** Injectable randomness for deterministic tests. */
  random?: () => number;
}

export type ResolvedRetry = Required<Omit<RetryOptions, 'random'>> & { random: () => number };

export const DEFAULT_RETRY: ResolvedRetry = {
  maxRetries: 3,
  maxRateLimitRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  retryMutationsOnRateLimit: false,
  random: Math.random,
};

const NO_RETRY: ResolvedRetry = { ...DEFAULT_RETRY, maxRetries: 0, maxRateLimitRetries: 0 };

/** Per-request options win over the client's; `false` at either level turns retries off. */
export function resolveRetry(
  client: RetryOptions | false | undefined,
  request: RetryOptions | false | undefined,
): ResolvedRetry {
  if (request === false || (request === undefined && client === false)) return NO_RETRY;
  return { ...DEFAULT_RETRY, ...(client || {}), ...(request || {}) } as ResolvedRetry;
}

/** The wait before retry number `retry` (1-based). The first wait averages one base delay. */
export function retryDelay(policy: ResolvedRetry, retry: number): number {
  return backoffDelay(retry, { base: policy.baseDelayMs, cap: policy.maxDelayMs, random: policy.random });
}
