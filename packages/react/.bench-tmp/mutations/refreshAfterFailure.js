import { isVernApiError } from "@vernkit/core";
// src/mutations/refreshAfterFailure.ts
/**
* After a mutation failed, re-read what it touched unless nothing can have changed: input the
* client refused before sending, or a 401 that a read would only repeat. A 409 (someone else
* moved the run on) and a lost response (did it land?) both need the server's current answer.
*/
function refreshAfterFailure(queryClient, queryKey, error) {
	if (isVernApiError(error) && (error.kind === "auth" || error.kind === "bad_request" && error.status === 0)) return;
	queryClient.invalidateQueries({ queryKey });
}
export { refreshAfterFailure };
