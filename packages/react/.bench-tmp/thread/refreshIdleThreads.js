import { vernKeys } from "../keys/vernKeys.js";
// src/thread/refreshIdleThreads.ts
/**
* A run's status changed: bring threads that are not streaming up to date. A snapshot-only
* thread (`live: false`) re-reads. A live thread whose stream ended with `done` is reopened from
* its cursor only when a run is active again (`runActive`): a run that just blocked or finished
* has nothing the `done` did not already deliver. A stream still open is left alone.
*/
function refreshIdleThreads(queryClient, migrationId, runActive) {
	queryClient.refetchQueries({
		queryKey: vernKeys.threads(migrationId),
		type: "active",
		predicate: (query) => query.state.fetchStatus === "idle" && (runActive || query.meta?.live === false)
	}, { cancelRefetch: false });
}
export { refreshIdleThreads };
