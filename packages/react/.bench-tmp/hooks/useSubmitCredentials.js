import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { refreshAfterFailure } from "../mutations/refreshAfterFailure.js";
import { setRunStatus } from "../mutations/runCache.js";
import { sendOnce } from "../mutations/sendOnce.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { VernApiError } from "@vernkit/core";
import { useCallback, useRef } from "react";
// src/hooks/useSubmitCredentials.ts
/**
* Answer a credentials block. The secret values go only to the credentials endpoint: they are
* handed to the request through a ref that is emptied as soon as it is read, so they never
* become the mutation's `variables` and so never reach the mutation cache, devtools, a
* persister or a `MutationCache` callback. (For the same reason there is no
* `mutationOptions` factory for this call.)
*
* @example
* const credentials = useSubmitCredentials(migrationId, runId);
* await credentials.submit({ client_id, client_secret }, { connectionId: request.connection_id });
*/
function useSubmitCredentials(migrationId, runId) {
	const client = useVernClient();
	const queryClient = useQueryClient();
	const secret = useRef(null);
	const m = migrationId ?? "";
	const r = runId ?? "";
	const mutationKey = vernMutationKeys.credentials(m, r);
	const mutation = useMutation({
		mutationKey,
		mutationFn: async (variables) => {
			const credentials = secret.current;
			secret.current = null;
			if (!credentials) throw new VernApiError({
				kind: "bad_request",
				status: 0,
				message: "Call submit(values) to send credentials"
			});
			try {
				const resumed = await client.submitCredentials(m, r, {
					credentials,
					...variables
				});
				await setRunStatus(queryClient, m, r, resumed.status);
				return resumed;
			} catch (error) {
				refreshAfterFailure(queryClient, vernKeys.run(m, r), error);
				throw error;
			}
		},
		retry: false
	});
	const { mutateAsync } = mutation;
	const submit = useCallback((values, options = {}) => sendOnce(queryClient, vernMutationKeys.credentials(m, r), "", () => {
		secret.current = values;
		return mutateAsync(options.connectionId ? { connection_id: options.connectionId } : {});
	}), [
		queryClient,
		m,
		r,
		mutateAsync
	]);
	const { mutate: _mutate, mutateAsync: _mutateAsync, variables: _variables, ...state } = mutation;
	return {
		...state,
		submit
	};
}
export { useSubmitCredentials };
