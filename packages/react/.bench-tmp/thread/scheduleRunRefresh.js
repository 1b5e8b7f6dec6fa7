import { vernKeys } from "../keys/vernKeys.js";
// src/thread/scheduleRunRefresh.ts
const scheduled = /* @__PURE__ */ new WeakMap();
/**
* Refetch a migration's active run queries once, soon. A reconnecting stream replays a burst of
* status events within one task; coalescing them into a single refetch keeps "an event
* refreshes the run" from turning into one request per event.
*/
function scheduleRunRefresh(queryClient, migrationId) {
	let pending = scheduled.get(queryClient);
	if (!pending) {
		pending = /* @__PURE__ */ new Set();
		scheduled.set(queryClient, pending);
	}
	if (pending.has(migrationId)) return;
	pending.add(migrationId);
	setTimeout(() => {
		pending.delete(migrationId);
		queryClient.invalidateQueries({ queryKey: vernKeys.runs(migrationId) });
	}, 0);
}
export { scheduleRunRefresh };
