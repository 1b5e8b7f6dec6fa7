const WINDOW_MS = 60_000;

/**
 * Vern allows roughly N requests per minute per API key and endpoint; past that, a 429
 * with no `Retry-After`. A sliding window over the mock's clock.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #hits = new Map<string, number[]>();

  constructor(requestsPerMinute: number) {
    if (!Number.isFinite(requestsPerMinute) || requestsPerMinute < 1) {
      throw new RangeError('rateLimit.requestsPerMinute must be a positive number');
    }
    this.#limit = Math.floor(requestsPerMinute);
  }

  /** Record a request; `false` when it is over the limit (and so not counted). */
  allow(key: string, now: number): boolean {
    const hits = (this.#hits.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (hits.length >= this.#limit) {
      this.#hits.set(key, hits);
      return false;
    }
    hits.push(now);
    this.#hits.set(key, hits);
    return true;
  }

  reset(): void {
    this.#hits.clear();
  }
}
