import { hashKey } from "@tanstack/react-query";
import { VernApiError } from "@vernkit/core";
// src/mutations/sendOnce.ts
const inFlightByClient = /* @__PURE__ */ new WeakMap();
/**
* Send a mutation at most once at a time per `key`, across every component of a QueryClient.
* A repeat with the same `fingerprint` while the first is on the wire (a double click, a
* StrictMode double effect, two buttons) joins it and gets the same result; one with a
* different payload is refused with a `conflict` instead of racing it. `useMutation` alone
* would send both.
*/
function sendOnce(queryClient, key, fingerprint, send) {
	let inFlight = inFlightByClient.get(queryClient);
	if (!inFlight) {
		inFlight = /* @__PURE__ */ new Map();
		inFlightByClient.set(queryClient, inFlight);
	}
	const hash = hashKey(key);
	const current = inFlight.get(hash);
	if (current) {
		if (current.fingerprint === fingerprint) return current.promise;
		return Promise.reject(new VernApiError({
			kind: "conflict",
			status: 0,
			message: "Another request for this is still being sent; wait for it to finish."
		}));
	}
	const map = inFlight;
	const promise = (async () => send())().finally(() => {
		if (map.get(hash)?.promise === promise) map.delete(hash);
	});
	map.set(hash, {
		fingerprint,
		promise
	});
	return promise;
}
/** A stable fingerprint of a JSON payload (object keys sorted, as query keys are hashed). */
function fingerprintOf(value) {
	return hashKey([value]);
}
export { fingerprintOf, sendOnce };
