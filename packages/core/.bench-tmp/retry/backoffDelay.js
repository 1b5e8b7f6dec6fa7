// src/retry/backoffDelay.ts
/**
* Exponential backoff with full jitter: a uniform draw from `[0, min(cap, base · 2^attempt))`.
* Full jitter spreads a crowd of clients that failed together (AWS Architecture Blog,
* "Exponential Backoff And Jitter"), which matters against a per-key rate limit.
*
* @example backoffDelay(0, { base: 1000, cap: 30_000 }) // somewhere in [0, 1000)
*/
function backoffDelay(attempt, { base, cap, random = Math.random }) {
	const ceiling = Math.min(cap, base * 2 ** Math.max(0, Math.min(Math.floor(attempt), 30)));
	return Math.floor(random() * ceiling);
}
export { backoffDelay };
