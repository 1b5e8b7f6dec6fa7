export interface BackoffOptions {
  /** The ceiling of the first wait in ms; it doubles per attempt. */
  base: number;
  /** No wait exceeds this, in ms. */
  cap: number;
  /** Injectable for tests; defaults to `Math.random`. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter: a uniform draw from `[0, min(cap, base · 2^attempt))`.
 * Full jitter spreads a crowd of clients that failed together (AWS Architecture Blog,
 * "Exponential Backoff And Jitter"), which matters against a per-key rate limit.
 *
 * @example backoffDelay(0, { base: 1000, cap: 30_000 }) // somewhere in [0, 1000)
 */
export function backoffDelay(attempt: number, { base, cap, random = Math.random }: BackoffOptions): number {
  const exponent = Math.max(0, Math.min(Math.floor(attempt), 30));
  const ceiling = Math.min(cap, base * 2 ** exponent);
  return Math.floor(random() * ceiling);
}
