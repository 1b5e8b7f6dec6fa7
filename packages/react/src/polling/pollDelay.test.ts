import { POLL_MAX_ERROR_INTERVAL_MS, POLL_MAX_INTERVAL_MS, pollDelay } from './pollDelay.ts';

describe('pollDelay', () => {
  it('polls every 2 s while a phase is young', () => {
    expect(pollDelay(0)).toBe(2_000);
    expect(pollDelay(29_999)).toBe(2_000);
  });

  it('backs off as the phase ages, never past the ceiling', () => {
    const ages = [0, 30_000, 120_000, 300_000, 900_000, 3_600_000];
    const delays = ages.map((age) => pollDelay(age));
    expect(delays).toEqual([2_000, 3_000, 5_000, 10_000, 15_000, 15_000]);
    expect(Math.max(...delays)).toBe(POLL_MAX_INTERVAL_MS);
  });

  it('doubles per consecutive failure, capped', () => {
    expect(pollDelay(0, 1)).toBe(4_000);
    expect(pollDelay(0, 2)).toBe(8_000);
    expect(pollDelay(900_000, 10)).toBe(POLL_MAX_ERROR_INTERVAL_MS);
  });
});
