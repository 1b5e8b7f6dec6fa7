import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { refreshAfterFailure } from "./refreshAfterFailure.js";
import { setRunStatus } from "./runCache.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { mutationOptions } from "@tanstack/react-query";
// src/mutations/answerQuestionsMutationOptions.ts
/**
* Answer a question block, structured (`[{ id, value }]`) or free-form (a string). The run shows
* `running` at once. When the server refuses (`409`: answered from another tab, or no longer
* blocked) or the response is lost, the run is re-read so the truth shows; the caller's answer
* stays in the mutation's `variables` (and in the form) to send again.
*/
function answerQuestionsMutationOptions(client, migrationId, runId) {
	const mutationKey = vernMutationKeys.answer(migrationId, runId);
	return mutationOptions({
		mutationKey,
		mutationFn: (answers, { client: queryClient }) => sendOnce(queryClient, mutationKey, fingerprintOf(answers), async () => {
			try {
				const resumed = await client.answerQuestions(migrationId, runId, answers);
				await setRunStatus(queryClient, migrationId, runId, resumed.status);
				return resumed;
			} catch (error) {
				refreshAfterFailure(queryClient, vernKeys.run(migrationId, runId), error);
				throw error;
			}
		}),
		retry: false
	});
}
export { answerQuestionsMutationOptions };
