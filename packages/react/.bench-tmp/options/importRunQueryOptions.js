import { vernKeys } from "../keys/vernKeys.js";
import { isFatalPollError, pollingInterval } from "../polling/pollingInterval.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
import { isTerminalFor } from "@vernkit/core";
// src/options/importRunQueryOptions.ts
/**
* An import run of the imports preview, polled (by default) on the same schedule as runs until
* it is terminal or `needs_attention` waits for a decision.
*/
function importRunQueryOptions(client, companyId, runId, { poll = true } = {}) {
	const interval = pollingInterval((run) => isTerminalFor("import", run.status));
	return queryOptions({
		queryKey: vernKeys.importRun(companyId, runId),
		queryFn: ({ signal }) => client.getImport(companyId, runId, { signal }),
		retry: vernRetry,
		refetchInterval: poll ? interval : false,
		staleTime: poll ? (query) => interval(query) || 0 : 0,
		refetchOnWindowFocus: (query) => query.state.data?.status !== "failed" && query.state.data?.status !== "canceled" && !isFatalPollError(query.state.error)
	});
}
export { importRunQueryOptions };
