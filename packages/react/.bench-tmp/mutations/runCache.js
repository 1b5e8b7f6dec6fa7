import { vernKeys } from "../keys/vernKeys.js";
import { refreshIdleThreads } from "../thread/refreshIdleThreads.js";
import { RunSchema } from "@vernkit/core";
// src/mutations/runCache.ts
/**
* Show a run's new status at once, before the next poll. A poll already on the wire was sent
* before the change and would overwrite it with the old status, so it is cancelled first.
*/
async function setRunStatus(queryClient, migrationId, runId, status) {
	const queryKey = vernKeys.run(migrationId, runId);
	await queryClient.cancelQueries({ queryKey });
	if (status === null) queryClient.invalidateQueries({ queryKey });
	else queryClient.setQueryData(queryKey, (old) => RunSchema.parse({
		run_id: runId,
		status,
		...old?.created_at ? { created_at: old.created_at } : {},
		...old?.answers !== void 0 ? { answers: old.answers } : {}
	}));
	refreshIdleThreads(queryClient, migrationId, true);
}
/** Replace a run with a full read the server returned (e.g. the canceled run from PATCH). */
async function setRun(queryClient, migrationId, run) {
	const queryKey = vernKeys.run(migrationId, run.run_id);
	await queryClient.cancelQueries({ queryKey });
	queryClient.setQueryData(queryKey, run);
}
export { setRun, setRunStatus };
