import { backoffDelay } from "./backoffDelay.js";
// src/retry/retryPolicy.ts
const DEFAULT_RETRY = {
	maxRetries: 3,
	maxRateLimitRetries: 4,
	baseDelayMs: 1e3,
	maxDelayMs: 3e4,
	retryMutationsOnRateLimit: false,
	random: Math.random
};
const NO_RETRY = {
	...DEFAULT_RETRY,
	maxRetries: 0,
	maxRateLimitRetries: 0
};
/** Per-request options win over the client's; `false` at either level turns retries off. */
function resolveRetry(client, request) {
	if (request === false || request === void 0 && client === false) return NO_RETRY;
	return {
		...DEFAULT_RETRY,
		...client || {},
		...request || {}
	};
}
/** The wait before retry number `retry` (1-based). The first wait averages one base delay. */
function retryDelay(policy, retry) {
	return backoffDelay(retry, {
		base: policy.baseDelayMs,
		cap: policy.maxDelayMs,
		random: policy.random
	});
}
export { DEFAULT_RETRY, resolveRetry, retryDelay };
