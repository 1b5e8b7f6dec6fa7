import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { startImportRecovering } from "./startImportRecovering.js";
import { mutationOptions } from "@tanstack/react-query";
import { ImportRunSchema } from "@vernkit/core";
// src/mutations/startImportMutationOptions.ts
/**
* Start an import (imports preview). Send an `idempotency_key` and keep it until the run is
* known: a lost response is then re-sent once and the server returns the same run. A `409`
* adopts the company's active import. (`useStartImport` manages the key for you.)
*/
function startImportMutationOptions(client, companyId) {
	const mutationKey = vernMutationKeys.startImport(companyId);
	return mutationOptions({
		mutationKey,
		mutationFn: (body, { client: queryClient }) => sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
			const started = await startImportRecovering(client, companyId, body);
			const queryKey = vernKeys.importRun(companyId, started.runId);
			await queryClient.cancelQueries({ queryKey });
			queryClient.setQueryData(queryKey, (old) => started.adopted && old ? old : ImportRunSchema.parse({
				run_id: started.runId,
				status: started.status
			}));
			queryClient.invalidateQueries({ queryKey: vernKeys.activeImport(companyId) });
			queryClient.invalidateQueries({ queryKey: vernKeys.importHistory(companyId) });
			return started;
		}),
		retry: false
	});
}
export { startImportMutationOptions };
