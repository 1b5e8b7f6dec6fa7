import { cancelRunMutationOptions } from "../mutations/cancelRunMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
// src/hooks/useCancelRun.ts
/**
* Cancel an in-flight run.
*
* @example
* const cancel = useCancelRun(migrationId, runId);
* <button onClick={() => cancel.mutate()} disabled={cancel.isPending}>Stop</button>
*/
function useCancelRun(migrationId, runId) {
	const client = useVernClient();
	return useMutation(cancelRunMutationOptions(client, migrationId ?? "", runId ?? ""));
}
export { useCancelRun };
