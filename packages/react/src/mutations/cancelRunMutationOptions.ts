import { mutationOptions } from '@tanstack/react-query';
import type { Run, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { refreshAfterFailure } from './refreshAfterFailure.ts';
import { setRun } from './runCache.ts';
import { sendOnce } from './sendOnce.ts';

/** Cancel an in-flight run; the run's query shows the canceled run the server returns. */
export function cancelRunMutationOptions(client: VernClient, migrationId: string, runId: string) {
  const mutationKey = vernMutationKeys.cancel(migrationId, runId);
  return mutationOptions<Run, VernApiError, void>({
    mutationKey,
    mutationFn: (_, { client: queryClient }) =>
      sendOnce(queryClient, mutationKey, '', async () => {
        try {
          const run = await client.cancelRun(migrationId, runId);
          await setRun(queryClient, migrationId, run);
          return run;
        } catch (error) {
          refreshAfterFailure(queryClient, vernKeys.run(migrationId, runId), error);
          throw error;
        }
      }),
    retry: false,
  });
}
