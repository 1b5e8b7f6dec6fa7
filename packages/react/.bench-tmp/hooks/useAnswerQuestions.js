import { answerQuestionsMutationOptions } from "../mutations/answerQuestionsMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
// src/hooks/useAnswerQuestions.ts
/**
* Answer a run blocked on a question: structured `[{ id, value }]` (value = the option's label
* or free text) or a free-form string. On failure the answer stays in `variables`.
*
* @example
* const answer = useAnswerQuestions(migrationId, runId);
* answer.mutate([{ id: 'q1', value: "Map them all to 'Open'" }]);
* answer.mutate('Use the company domain for any missing email.');
*/
function useAnswerQuestions(migrationId, runId) {
	const client = useVernClient();
	return useMutation(answerQuestionsMutationOptions(client, migrationId ?? "", runId ?? ""));
}
export { useAnswerQuestions };
