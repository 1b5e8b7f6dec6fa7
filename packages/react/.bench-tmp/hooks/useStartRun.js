import { startRunMutationOptions } from "../mutations/startRunMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
// src/hooks/useStartRun.ts
/**
* Start or resume a run: `{ kind: 'generate' }`, `{ kind: 'update', message }`,
* `{ kind: 'clarify', message }`, `{ kind: 'execute' }`. Resolves with the run's id. If a run is
* already in flight (a 409 with `run_id`), or the response was lost on the way back, the
* in-flight run is adopted (`adopted: true`) rather than a second one started.
*
* @example
* const startRun = useStartRun(migrationId);
* const { runId } = await startRun.mutateAsync({ kind: 'generate' });
*/
function useStartRun(migrationId) {
	const client = useVernClient();
	return useMutation(startRunMutationOptions(client, migrationId ?? ""));
}
export { useStartRun };
