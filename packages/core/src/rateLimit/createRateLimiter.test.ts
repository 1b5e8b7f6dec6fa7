import { createRateLimiter } from './createRateLimiter.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRateLimiter', () => {
  it('lets a burst through at once, then one request per interval', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 60, burst: 2 });
    const granted: number[] = [];
    for (let i = 0; i < 5; i++) void limiter.acquire().then(() => granted.push(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 1]);
    expect(limiter.pending).toBe(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(granted).toEqual([0, 1, 2, 3, 4]);
    expect(limiter.pending).toBe(0);
  });

  it('never grants more than burst + rate in any minute', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 90 });
    let granted = 0;
    for (let i = 0; i < 300; i++) void limiter.acquire().then(() => granted++);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(granted).toBeLessThanOrEqual(90 + 9);
    expect(granted).toBeGreaterThanOrEqual(90);
  });

  it('refills while idle, up to the burst', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 60, burst: 3 });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    await vi.advanceTimersByTimeAsync(60_000);
    const granted: number[] = [];
    for (let i = 0; i < 4; i++) void limiter.acquire().then(() => granted.push(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 1, 2]);
  });

  it('serves waiters first come, first served', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 60, burst: 1 });
    await limiter.acquire();
    const order: string[] = [];
    void limiter.acquire().then(() => order.push('a'));
    void limiter.acquire().then(() => order.push('b'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(order).toEqual(['a', 'b']);
  });

  it('drops an aborted waiter without spending a token', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 60, burst: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = vi.fn();
    void limiter.acquire().then(next);
    controller.abort('navigated away');
    await expect(aborted).rejects.toBe('navigated away');
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(next).toHaveBeenCalled();
  });

  it('rejects a nonsensical budget', () => {
    expect(() => createRateLimiter({ requestsPerMinute: 0 })).toThrow(RangeError);
  });
});
