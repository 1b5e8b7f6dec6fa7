import { decisionMutationOptions } from "../mutations/decisionMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
import { useCallback } from "react";
// src/hooks/useDecision.ts
/**
* Resolve an import that `needs_attention`. `approve()` with no answers applies the proposed
* patch as is; `approve(answers)` overrides per question; `reject()` ends the run `failed`.
*
* @example
* const decision = useDecision(companyId, runId);
* decision.approve([{ question_id: 'fq0', option_id: 'a' }]);
*/
function useDecision(companyId, runId) {
	const client = useVernClient();
	const mutation = useMutation(decisionMutationOptions(client, companyId ?? "", runId ?? ""));
	const { mutateAsync } = mutation;
	const approve = useCallback((answers) => mutateAsync(answers && answers.length > 0 ? {
		decision: "approve",
		answers
	} : { decision: "approve" }), [mutateAsync]);
	const reject = useCallback(() => mutateAsync({ decision: "reject" }), [mutateAsync]);
	return {
		...mutation,
		approve,
		reject
	};
}
export { useDecision };
