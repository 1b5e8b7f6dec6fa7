import { vernKeys } from "../keys/vernKeys.js";
import { pollingInterval } from "../polling/pollingInterval.js";
import { vernRetry } from "../polling/vernRetry.js";
import { followThread } from "../thread/followThread.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/threadQueryOptions.ts
/**
* A migration's thread: live over SSE with resume, falling back to snapshot polling when
* streaming fails. Events are unique by sequence and ascending.
*/
function threadQueryOptions(client, migrationId, { include = "user", live = true } = {}) {
	return queryOptions({
		queryKey: vernKeys.thread(migrationId, include),
		queryFn: ({ client: queryClient, queryKey, signal }) => followThread({
			client,
			migrationId,
			include,
			live,
			queryClient,
			queryKey,
			signal
		}),
		refetchInterval: pollingInterval((thread) => thread.connection !== "polling"),
		structuralSharing: false,
		meta: { live },
		retry: vernRetry
	});
}
export { threadQueryOptions };
