export interface RateLimiterOptions {
  /** Sustained budget. Vern allows roughly 100 per minute per key; leave some headroom. */
  requestsPerMinute: number;
  /**
   * How many requests may go at once after a quiet spell. Default: a tenth of the
   * per-minute budget, so a burst plus the steady rate stays near the budget in any minute.
   */
  burst?: number;
}

export interface RateLimiter {
  /** Resolves when a request may be sent; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Callers waiting for a token. */
  readonly pending: number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * A token bucket shared by every request of the clients that hold it, so a page with many
 * watchers stays under Vern's per-key budget instead of collecting 429s. Waiters are served
 * first come, first served; one timer runs while anyone waits.
 *
 * @example
 * const limiter = createRateLimiter({ requestsPerMinute: 90 });
 * const client = createVernClient({ baseUrl, rateLimit: limiter });
 */
export function createRateLimiter({ requestsPerMinute, burst }: RateLimiterOptions): RateLimiter {
  if (!Number.isFinite(requestsPerMinute) || requestsPerMinute <= 0) {
    throw new RangeError('createRateLimiter: requestsPerMinute must be a positive number');
  }
  const capacity = Math.max(1, Math.floor(burst ?? requestsPerMinute / 10));
  const msPerToken = 60_000 / requestsPerMinute;
  let tokens = capacity;
  let refilledAt = Date.now();
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refill = () => {
    const now = Date.now();
    const earned = (now - refilledAt) / msPerToken;
    if (earned > 0) {
      tokens = Math.min(capacity, tokens + earned);
      refilledAt = now;
    }
  };

  const drain = () => {
    timer = undefined;
    refill();
    while (queue.length > 0 && tokens >= 1) {
      const waiter = queue.shift() as Waiter;
      tokens -= 1;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
    if (queue.length > 0) timer = setTimeout(drain, Math.ceil((1 - tokens) * msPerToken));
  };

  return {
    get pending() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      refill();
      if (queue.length === 0 && tokens >= 1) {
        tokens -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const at = queue.indexOf(waiter);
            if (at !== -1) queue.splice(at, 1);
            if (queue.length === 0 && timer !== undefined) {
              clearTimeout(timer);
              timer = undefined;
            }
            reject(signal?.reason);
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        if (timer === undefined) timer = setTimeout(drain, Math.ceil((1 - tokens) * msPerToken));
      });
    },
  };
}
