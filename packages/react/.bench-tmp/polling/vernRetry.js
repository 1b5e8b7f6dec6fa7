import { isVernApiError } from "@vernkit/core";
// src/polling/vernRetry.ts
/**
* TanStack `retry` for every vernkit query. The core client already retries idempotent reads
* on 5xx, 429 and network failures with jittered backoff, and a 4xx (above all a 401) will not
* change by asking again, so a second layer of retries here would only multiply requests.
* Errors that did not come from the client (a bug, a host `fetch` throwing something odd) get
* TanStack's usual couple of attempts.
*/
function vernRetry(failureCount, error) {
	if (isVernApiError(error)) return false;
	return failureCount < 2;
}
export { vernRetry };
