import { mutationOptions } from '@tanstack/react-query';
import type { DecisionRequest, ImportRun, RunAccepted, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { refreshAfterFailure } from './refreshAfterFailure.ts';
import { importRunWithStatus } from './runWithStatus.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';

/**
 * Resolve an import that `needs_attention`: `{ decision: 'approve', answers? }` (no answers
 * accepts the proposed patch) or `{ decision: 'reject' }`. The run shows its new status at once.
 */
export function decisionMutationOptions(client: VernClient, companyId: string, runId: string) {
  const mutationKey = vernMutationKeys.decision(companyId, runId);
  return mutationOptions<RunAccepted, VernApiError, DecisionRequest>({
    mutationKey,
    mutationFn: (body, { client: queryClient }) =>
      sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
        const queryKey = vernKeys.importRun(companyId, runId);
        try {
          const accepted = await client.decideImport(companyId, runId, body);
          await queryClient.cancelQueries({ queryKey });
          const shown = importRunWithStatus(
            runId,
            accepted.status,
            queryClient.getQueryData<ImportRun>(queryKey),
          );
          if (shown) queryClient.setQueryData<ImportRun>(queryKey, shown);
          else void queryClient.invalidateQueries({ queryKey });
          void queryClient.invalidateQueries({ queryKey: vernKeys.activeImport(companyId) });
          return accepted;
        } catch (error) {
          refreshAfterFailure(queryClient, queryKey, error);
          throw error;
        }
      }),
    retry: false,
  });
}
