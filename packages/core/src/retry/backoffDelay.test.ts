import { backoffDelay } from './backoffDelay.ts';
import { DEFAULT_RETRY, resolveRetry, retryDelay } from './retryPolicy.ts';
import { sleep } from './sleep.ts';

describe('backoffDelay', () => {
  it('draws uniformly below a ceiling that doubles per attempt (full jitter)', () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, { base: 1000, cap: 60_000, random: top }))).toEqual([
      999, 1999, 3999, 7999,
    ]);
    expect(backoffDelay(3, { base: 1000, cap: 60_000, random: () => 0 })).toBe(0);
    expect(backoffDelay(1, { base: 1000, cap: 60_000, random: () => 0.25 })).toBe(500);
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(backoffDelay(50, { base: 1000, cap: 30_000, random: () => 0.999_999 })).toBeLessThan(30_000);
    expect(backoffDelay(10_000, { base: 1000, cap: 30_000, random: () => 0.5 })).toBe(15_000);
  });

  it('stays within bounds with the real Math.random', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(2, { base: 100, cap: 1000 });
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(400);
    }
  });

  it('treats a negative or fractional attempt as its floor, at least 0', () => {
    expect(backoffDelay(-3, { base: 1000, cap: 5000, random: () => 0.5 })).toBe(500);
    expect(backoffDelay(1.9, { base: 1000, cap: 5000, random: () => 0.5 })).toBe(1000);
  });
});

describe('resolveRetry', () => {
  it('layers request options over client options over defaults', () => {
    expect(resolveRetry({ maxRetries: 1 }, { baseDelayMs: 10 })).toMatchObject({
      maxRetries: 1,
      baseDelayMs: 10,
      maxRateLimitRetries: DEFAULT_RETRY.maxRateLimitRetries,
    });
  });

  it('turns everything off with false at either level', () => {
    expect(resolveRetry(false, undefined)).toMatchObject({ maxRetries: 0, maxRateLimitRetries: 0 });
    expect(resolveRetry({ maxRetries: 5 }, false)).toMatchObject({ maxRetries: 0, maxRateLimitRetries: 0 });
  });

  it('lets a request turn retries back on when the client has them off', () => {
    expect(resolveRetry(false, { maxRetries: 2 }).maxRetries).toBe(2);
  });

  it('averages one base delay on the first retry ("a second or two" for a 429)', () => {
    expect(retryDelay({ ...DEFAULT_RETRY, random: () => 0.5 }, 1)).toBe(1000);
  });
});

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the delay', async () => {
    const done = vi.fn();
    void sleep(1000).then(done);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalled();
  });

  it('rejects with the abort reason and clears its timer', async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    controller.abort('gone');
    await expect(waiting).rejects.toBe('gone');
    expect(vi.getTimerCount()).toBe(0);
  });
});
