/**
 * How long to wait before the next poll: ≈2 s while a phase is young, backing off as it ages
 * (Vern's guidance, and a 100 requests/minute/key budget shared by every migration a host runs),
 * and doubling per consecutive failed poll so a flaky network or a drifting schema is not hammered.
 *
 * | phase age | interval |
 * |---|---|
 * | < 30 s | 2 s |
 * | < 2 min | 3 s |
 * | < 5 min | 5 s |
 * | < 15 min | 10 s |
 * | later | 15 s |
 */
export const POLL_SCHEDULE: ReadonlyArray<readonly [ageBelowMs: number, intervalMs: number]> = [
  [30_000, 2_000],
  [120_000, 3_000],
  [300_000, 5_000],
  [900_000, 10_000],
];
export const POLL_MAX_INTERVAL_MS = 15_000;
export const POLL_MAX_ERROR_INTERVAL_MS = 60_000;

export function pollDelay(ageMs: number, consecutiveFailures = 0): number {
  let interval = POLL_MAX_INTERVAL_MS;
  for (const [below, ms] of POLL_SCHEDULE) {
    if (ageMs < below) {
      interval = ms;
      break;
    }
  }
  if (consecutiveFailures <= 0) return interval;
  return Math.min(POLL_MAX_ERROR_INTERVAL_MS, interval * 2 ** Math.min(consecutiveFailures, 5));
}
