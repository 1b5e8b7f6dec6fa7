import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { refreshAfterFailure } from "./refreshAfterFailure.js";
import { setRun } from "./runCache.js";
import { sendOnce } from "./sendOnce.js";
import { mutationOptions } from "@tanstack/react-query";
// src/mutations/cancelRunMutationOptions.ts
/** Cancel an in-flight run; the run's query shows the canceled run the server returns. */
function cancelRunMutationOptions(client, migrationId, runId) {
	const mutationKey = vernMutationKeys.cancel(migrationId, runId);
	return mutationOptions({
		mutationKey,
		mutationFn: (_, { client: queryClient }) => sendOnce(queryClient, mutationKey, "", async () => {
			try {
				const run = await client.cancelRun(migrationId, runId);
				await setRun(queryClient, migrationId, run);
				return run;
			} catch (error) {
				refreshAfterFailure(queryClient, vernKeys.run(migrationId, runId), error);
				throw error;
			}
		}),
		retry: false
	});
}
export { cancelRunMutationOptions };
