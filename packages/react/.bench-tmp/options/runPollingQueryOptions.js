import { pollingInterval } from "../polling/pollingInterval.js";
import { runQueryOptions } from "./runQueryOptions.js";
import { queryOptions } from "@tanstack/react-query";
import { isTerminalFor } from "@vernkit/core";
// src/options/runPollingQueryOptions.ts
/** Statuses where every phase stops polling, for callers that do not know the run's phase. */
const SETTLED_FOR_ANY_PHASE = /* @__PURE__ */ new Set([
	"blocked",
	"awaiting_approval",
	"completed",
	"failed",
	"canceled"
]);
/** Whether polling a run in `kind`'s phase is over at `status`. */
function isRunSettled(kind, status) {
	return kind ? isTerminalFor(kind, status) : SETTLED_FOR_ANY_PHASE.has(status);
}
/**
* A run, polled until it is terminal for its phase: ≈2 s while young, backing off as the phase
* ages and on errors, paused in a hidden tab (TanStack's focus manager) and refreshed on return.
*
* @example
* useQuery(runPollingQueryOptions(client, migrationId, runId, { kind: 'generate' }));
*/
function runPollingQueryOptions(client, migrationId, runId, { kind } = {}) {
	const interval = pollingInterval((run) => isRunSettled(kind, run.status));
	return queryOptions({
		...runQueryOptions(client, migrationId, runId),
		refetchInterval: interval,
		staleTime: (query) => interval(query) || 0
	});
}
export { isRunSettled, runPollingQueryOptions };
