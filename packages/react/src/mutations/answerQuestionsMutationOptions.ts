import { mutationOptions } from '@tanstack/react-query';
import type { Answers, RunResumed, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { refreshAfterFailure } from './refreshAfterFailure.ts';
import { setRunStatus } from './runCache.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';

/**
 * Answer a question block, structured (`[{ id, value }]`) or free-form (a string). The run shows
 * `running` at once. When the server refuses (`409`: answered from another tab, or no longer
 * blocked) or the response is lost, the run is re-read so the truth shows; the caller's answer
 * stays in the mutation's `variables` (and in the form) to send again.
 */
export function answerQuestionsMutationOptions(client: VernClient, migrationId: string, runId: string) {
  const mutationKey = vernMutationKeys.answer(migrationId, runId);
  return mutationOptions<RunResumed, VernApiError, Answers>({
    mutationKey,
    mutationFn: (answers, { client: queryClient }) =>
      sendOnce(queryClient, mutationKey, fingerprintOf(answers), async () => {
        try {
          const resumed = await client.answerQuestions(migrationId, runId, answers);
          await setRunStatus(queryClient, migrationId, runId, resumed.status);
          return resumed;
        } catch (error) {
          refreshAfterFailure(queryClient, vernKeys.run(migrationId, runId), error);
          throw error;
        }
      }),
    retry: false,
  });
}
