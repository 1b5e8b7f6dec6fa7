import { VernApiError, isVernApiError } from "@vernkit/core";
// src/flow/toVernApiError.ts
/** The flows promise typed errors; anything else (an abort, a bug) is wrapped, not lost. */
function toVernApiError(error) {
	if (isVernApiError(error)) return error;
	const aborted = error instanceof Error && error.name === "AbortError";
	return new VernApiError({
		kind: aborted ? "network" : "invalid_response",
		status: 0,
		message: aborted ? "The request was aborted" : error instanceof Error ? error.message : String(error),
		cause: error
	});
}
export { toVernApiError };
