import { pollDelay } from "./pollDelay.js";
import { isVernApiError } from "@vernkit/core";
// src/polling/pollingInterval.ts
/**
* Per query, not per observer: twenty components watching one run share one `Query`, so they
* agree on its age and all land on the same interval. TanStack restarts every observer's timer
* whenever the query updates, which keeps them in step, and a fetch already in flight is joined,
* so the run is fetched once per interval however many components watch it.
*/
const tracks = /* @__PURE__ */ new WeakMap();
/** Errors that polling cannot fix: stop and let the error show (a 401 must not become a retry storm). */
const FATAL_KINDS = /* @__PURE__ */ new Set([
	"auth",
	"not_found",
	"bad_request",
	"conflict"
]);
function isFatalPollError(error) {
	return isVernApiError(error) && FATAL_KINDS.has(error.kind);
}
/**
* A `refetchInterval` function: polls until `isSettled(data)`, on the age-based schedule of
* `pollDelay`, backing off further on consecutive errors. Unknown statuses are not settled, so
* they keep being polled (with the same backoff) until the server says something we know.
*/
function pollingInterval(isSettled) {
	return (query) => {
		const { data, error, dataUpdatedAt, errorUpdatedAt } = query.state;
		const failing = error != null && errorUpdatedAt >= dataUpdatedAt;
		if (failing && isFatalPollError(error)) return false;
		if (!failing && data !== void 0 && isSettled(data)) {
			tracks.delete(query);
			return false;
		}
		const now = Date.now();
		let track = tracks.get(query);
		if (!track) {
			track = {
				since: now,
				failures: 0,
				seenErrorAt: 0
			};
			tracks.set(query, track);
		}
		if (failing) {
			if (errorUpdatedAt !== track.seenErrorAt) {
				track.failures += 1;
				track.seenErrorAt = errorUpdatedAt;
			}
		} else track.failures = 0;
		return pollDelay(now - track.since, track.failures);
	};
}
export { isFatalPollError, pollingInterval };
