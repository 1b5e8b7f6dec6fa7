import { threadQueryOptions } from "../options/threadQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { EMPTY_THREAD } from "../thread/threadData.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useThread.ts
/**
* The migration's agent thread, live: SSE with resume from the last sequence (no event twice,
* none missed), falling back to snapshot polling when streaming fails. While the stream is
* connected, its status events refresh the run and run polling pauses. Components using the
* same migration and `include` share one stream.
*
* @example
* const { events, connection } = useThread(migrationId);
*/
function useThread(migrationId, options = {}) {
	const client = useVernClient();
	const { enabled = true, ...config } = options;
	const query = useQuery({
		...threadQueryOptions(client, migrationId ?? "", config),
		enabled: Boolean(migrationId) && enabled
	});
	const thread = query.data ?? EMPTY_THREAD;
	return {
		events: thread.events,
		lastSequence: thread.lastSequence,
		connection: thread.connection,
		error: query.error,
		isLoading: query.isLoading
	};
}
export { useThread };
