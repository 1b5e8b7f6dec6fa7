import { fetchThreadSnapshot } from "./fetchThreadSnapshot.js";
import { scheduleRunRefresh } from "./scheduleRunRefresh.js";
import { EMPTY_THREAD, STATUS_BEARING_EVENTS, mergeThreadEvents } from "./threadData.js";
import { isVernApiError } from "@vernkit/core";
// src/thread/followThread.ts
/** After streaming failed, wait this long (doubling per failure, capped) before trying it again. */
function streamRetryDelay(failures) {
	return Math.min(3e5, 15e3 * 2 ** Math.max(0, failures - 1));
}
function shouldStream(thread, live) {
	if (!live) return false;
	if (thread.streamFailedAt === null) return true;
	return Date.now() - thread.streamFailedAt >= streamRetryDelay(thread.streamFailures);
}
/**
* The thread's query function. Live: stream from the cursor, writing each event into the cache
* as it arrives (the query stays "fetching" while the stream is open, as TanStack's
* `streamedQuery` does), and refresh the run on status-bearing events. The stream ends with
* `done` when no run is active; the run is refreshed once more, and the thread goes `idle`
* until a run resumes. If streaming fails (after the client's own reconnects), the thread falls
* back to snapshots on the polling schedule and tries streaming again later.
*/
async function followThread(input) {
	const { queryClient, queryKey } = input;
	const read = () => queryClient.getQueryData(queryKey) ?? EMPTY_THREAD;
	const write = (update) => {
		const current = read();
		const next = update(current);
		if (next !== current) queryClient.setQueryData(queryKey, next);
	};
	const start = read();
	if (!shouldStream(start, input.live)) return {
		...await fetchThreadSnapshot(input.client, input.migrationId, input.include, start, input.signal),
		connection: input.live ? "polling" : "idle"
	};
	write((t) => t.connection === "connecting" ? t : {
		...t,
		connection: "connecting"
	});
	try {
		const stream = input.client.streamThread(input.migrationId, {
			include: input.include,
			signal: input.signal,
			...start.lastSequence === null ? {} : { after: start.lastSequence },
			...start.streamFailures > 0 ? { maxReconnects: 2 } : {},
			onOpen: () => write((t) => t.connection === "live" ? t : {
				...t,
				connection: "live"
			}),
			onError: (error) => {
				if (isVernApiError(error)) write((t) => t.connection === "live" ? {
					...t,
					connection: "connecting"
				} : t);
			}
		});
		for await (const event of stream) {
			write((t) => {
				const merged = mergeThreadEvents(t, [event]);
				if (merged.connection === "live" && merged.streamFailures === 0) return merged;
				return {
					...merged,
					connection: "live",
					streamFailures: 0,
					streamFailedAt: null
				};
			});
			if (STATUS_BEARING_EVENTS.has(event.type)) scheduleRunRefresh(queryClient, input.migrationId);
		}
	} catch (error) {
		if (input.signal.aborted) throw error;
		if (isVernApiError(error) && error.kind === "auth") throw error;
		const failed = read();
		const fallback = {
			...failed,
			connection: "polling",
			streamFailures: failed.streamFailures + 1,
			streamFailedAt: Date.now()
		};
		scheduleRunRefresh(queryClient, input.migrationId);
		return fetchThreadSnapshot(input.client, input.migrationId, input.include, fallback, input.signal);
	}
	if (!input.signal.aborted) scheduleRunRefresh(queryClient, input.migrationId);
	return {
		...read(),
		connection: "idle"
	};
}
export { followThread, streamRetryDelay };
