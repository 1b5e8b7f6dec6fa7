import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { refreshAfterFailure } from "./refreshAfterFailure.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { mutationOptions } from "@tanstack/react-query";
import { ImportRunSchema } from "@vernkit/core";
// src/mutations/decisionMutationOptions.ts
/**
* Resolve an import that `needs_attention`: `{ decision: 'approve', answers? }` (no answers
* accepts the proposed patch) or `{ decision: 'reject' }`. The run shows its new status at once.
*/
function decisionMutationOptions(client, companyId, runId) {
	const mutationKey = vernMutationKeys.decision(companyId, runId);
	return mutationOptions({
		mutationKey,
		mutationFn: (body, { client: queryClient }) => sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
			const queryKey = vernKeys.importRun(companyId, runId);
			try {
				const accepted = await client.decideImport(companyId, runId, body);
				await queryClient.cancelQueries({ queryKey });
				queryClient.setQueryData(queryKey, (old) => ImportRunSchema.parse({
					run_id: runId,
					status: accepted.status,
					...old?.created_at ? { created_at: old.created_at } : {}
				}));
				queryClient.invalidateQueries({ queryKey: vernKeys.activeImport(companyId) });
				return accepted;
			} catch (error) {
				refreshAfterFailure(queryClient, queryKey, error);
				throw error;
			}
		}),
		retry: false
	});
}
export { decisionMutationOptions };
