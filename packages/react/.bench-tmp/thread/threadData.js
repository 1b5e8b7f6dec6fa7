// src/thread/threadData.ts
const EMPTY_THREAD = {
	events: [],
	lastSequence: null,
	connection: "idle",
	streamFailures: 0,
	streamFailedAt: null
};
/**
* Add events, dropping any already held: a resumed stream, a snapshot page and a second tab
* can all deliver the same sequence, and none may show twice. Returns `thread` itself when
* nothing is new, so observers do not re-render.
*/
function mergeThreadEvents(thread, incoming) {
	if (incoming.length === 0) return thread;
	let events = null;
	let last = thread.lastSequence;
	for (const event of incoming) {
		const list = events ?? thread.events;
		if (last === null || event.sequence > last) {
			events ??= [...thread.events];
			events.push(event);
			last = event.sequence;
			continue;
		}
		const at = insertionIndex(list, event.sequence);
		if (list[at]?.sequence === event.sequence) continue;
		events ??= [...thread.events];
		events.splice(at, 0, event);
	}
	return events ? {
		...thread,
		events,
		lastSequence: last
	} : thread;
}
function insertionIndex(events, sequence) {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if ((events[mid]?.sequence ?? 0) < sequence) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** Event types after which the run's status may have changed: refresh the run instead of waiting for a timer. */
const STATUS_BEARING_EVENTS = /* @__PURE__ */ new Set([
	"status",
	"preview",
	"completed",
	"error",
	"request_input"
]);
export { EMPTY_THREAD, STATUS_BEARING_EVENTS, mergeThreadEvents };
