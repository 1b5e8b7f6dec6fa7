/**
 * The mock's sense of time: `Date.now()` (so Vitest fake timers drive it) plus an offset
 * tests can push forward with `advance(ms)`. Runs derive their progress from it lazily at
 * each request, so nothing ticks in the background.
 */
export interface MockClock {
  now(): number;
  /** Move time forward without waiting. Timers (the SSE tail) are not fired: use fake timers for streams. */
  advance(ms: number): void;
}

export function createClock(): MockClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('clock.advance(ms) needs a finite, non-negative ms');
      offset += ms;
    },
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();
