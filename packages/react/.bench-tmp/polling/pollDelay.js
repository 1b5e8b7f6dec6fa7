// src/polling/pollDelay.ts
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
const POLL_SCHEDULE = [
	[3e4, 2e3],
	[12e4, 3e3],
	[3e5, 5e3],
	[9e5, 1e4]
];
const POLL_MAX_INTERVAL_MS = 15e3;
const POLL_MAX_ERROR_INTERVAL_MS = 6e4;
function pollDelay(ageMs, consecutiveFailures = 0) {
	let interval = POLL_MAX_INTERVAL_MS;
	for (const [below, ms] of POLL_SCHEDULE) if (ageMs < below) {
		interval = ms;
		break;
	}
	if (consecutiveFailures <= 0) return interval;
	return Math.min(POLL_MAX_ERROR_INTERVAL_MS, interval * 2 ** Math.min(consecutiveFailures, 5));
}
export { POLL_MAX_ERROR_INTERVAL_MS, POLL_MAX_INTERVAL_MS, POLL_SCHEDULE, pollDelay };
