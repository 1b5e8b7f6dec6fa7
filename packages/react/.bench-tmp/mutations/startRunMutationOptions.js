import { vernMutationKeys } from "../keys/vernKeys.js";
import { setRunStatus } from "./runCache.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { startRunRecovering } from "./startRunRecovering.js";
import { mutationOptions } from "@tanstack/react-query";
// src/mutations/startRunMutationOptions.ts
/**
* Start or resume a run (`generate`, `update`, `clarify`, `execute`). Never sends two at once,
* adopts the in-flight run on a `409` with `run_id`, recovers a lost response through that same
* 409, and writes the new status into the run's query before resolving.
*
* @example
* const startRun = useMutation(startRunMutationOptions(client, migrationId));
* startRun.mutate({ kind: 'generate' });
*/
function startRunMutationOptions(client, migrationId) {
	const mutationKey = vernMutationKeys.startRun(migrationId);
	return mutationOptions({
		mutationKey,
		mutationFn: (body, { client: queryClient }) => sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
			const started = await startRunRecovering(client, migrationId, body);
			await setRunStatus(queryClient, migrationId, started.runId, started.status);
			return started;
		}),
		retry: false
	});
}
export { startRunMutationOptions };
