import { mutationOptions } from '@tanstack/react-query';
import type { StartRunRequest, VernApiError, VernClient } from '@vernkit/core';
import { vernMutationKeys } from '../keys/vernKeys.ts';
import { setRunStatus } from './runCache.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';
import { type StartedRun, startRunRecovering } from './startRunRecovering.ts';

/**
 * Start or resume a run (`generate`, `update`, `clarify`, `execute`). Never sends two at once,
 * adopts the in-flight run on a `409` with `run_id`, recovers a lost response through that same
 * 409, and writes the new status into the run's query before resolving.
 *
 * @example
 * const startRun = useMutation(startRunMutationOptions(client, migrationId));
 * startRun.mutate({ kind: 'generate' });
 */
export function startRunMutationOptions(client: VernClient, migrationId: string) {
  const mutationKey = vernMutationKeys.startRun(migrationId);
  return mutationOptions<StartedRun, VernApiError, StartRunRequest>({
    mutationKey,
    mutationFn: (body, { client: queryClient }) =>
      sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
        const started = await startRunRecovering(client, migrationId, body);
        await setRunStatus(queryClient, migrationId, started.runId, started.status);
        return started;
      }),
    retry: false,
  });
}
