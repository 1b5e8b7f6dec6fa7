import { vernKeys } from "../keys/vernKeys.js";
import { isFatalPollError } from "../polling/pollingInterval.js";
import { vernRetry } from "../polling/vernRetry.js";
import { refreshIdleThreads } from "../thread/refreshIdleThreads.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/runQueryOptions.ts
/**
* One read of a run. The query function also notices the status changing: arriving at
* `awaiting_approval` marks the preview stale, so each `generate`/`update` shows its new
* preview however the change was learned (poll, stream event, another tab), and a thread that
* is not streaming catches up.
*
* @example
* await queryClient.prefetchQuery(runQueryOptions(client, migrationId, runId));
*/
function runQueryOptions(client, migrationId, runId) {
	return queryOptions({
		queryKey: vernKeys.run(migrationId, runId),
		queryFn: async ({ client: queryClient, queryKey, signal }) => {
			const previous = queryClient.getQueryData(queryKey);
			const run = await client.getRun(migrationId, runId, { signal });
			if (previous && previous.status !== run.status) {
				if (run.status === "awaiting_approval") queryClient.invalidateQueries({ queryKey: vernKeys.preview(migrationId) });
				refreshIdleThreads(queryClient, migrationId, !isSettledAnywhere(run.status));
			}
			return run;
		},
		retry: vernRetry,
		refetchOnWindowFocus: (query) => !isDead(query.state.data) && !isFatalPollError(query.state.error)
	});
}
/** Blocked, awaiting approval, or over: no stream would carry anything new for it. */
function isSettledAnywhere(status) {
	return [
		"blocked",
		"awaiting_approval",
		"completed",
		"failed",
		"canceled"
	].includes(status);
}
function isDead(run) {
	return run?.status === "failed" || run?.status === "canceled";
}
export { runQueryOptions };
