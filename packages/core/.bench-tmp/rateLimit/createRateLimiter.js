// src/rateLimit/createRateLimiter.ts
/**
* A token bucket shared by every request of the clients that hold it, so a page with many
* watchers stays under Vern's per-key budget instead of collecting 429s. Waiters are served
* first come, first served; one timer runs while anyone waits.
*
* @example
* const limiter = createRateLimiter({ requestsPerMinute: 90 });
* const client = createVernClient({ baseUrl, rateLimit: limiter });
*/
function createRateLimiter({ requestsPerMinute, burst }) {
	if (!Number.isFinite(requestsPerMinute) || requestsPerMinute <= 0) throw new RangeError("createRateLimiter: requestsPerMinute must be a positive number");
	const capacity = Math.max(1, Math.floor(burst ?? requestsPerMinute / 10));
	const msPerToken = 6e4 / requestsPerMinute;
	let tokens = capacity;
	let refilledAt = Date.now();
	const queue = [];
	let timer;
	const refill = () => {
		const now = Date.now();
		const earned = (now - refilledAt) / msPerToken;
		if (earned > 0) {
			tokens = Math.min(capacity, tokens + earned);
			refilledAt = now;
		}
	};
	const drain = () => {
		timer = void 0;
		refill();
		while (queue.length > 0 && tokens >= 1) {
			const waiter = queue.shift();
			tokens -= 1;
			waiter.signal?.removeEventListener("abort", waiter.onAbort);
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
			return new Promise((resolve, reject) => {
				const waiter = {
					resolve,
					reject,
					signal,
					onAbort: () => {
						const at = queue.indexOf(waiter);
						if (at !== -1) queue.splice(at, 1);
						if (queue.length === 0 && timer !== void 0) {
							clearTimeout(timer);
							timer = void 0;
						}
						reject(signal?.reason);
					}
				};
				signal?.addEventListener("abort", waiter.onAbort, { once: true });
				queue.push(waiter);
				if (timer === void 0) timer = setTimeout(drain, Math.ceil((1 - tokens) * msPerToken));
			});
		}
	};
}
export { createRateLimiter };
