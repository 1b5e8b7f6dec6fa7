import { mutationOptions } from '@tanstack/react-query';
import type { ImportRun, StartImportRequest, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { importRunWithStatus } from './runWithStatus.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';
import { type StartedImport, startImportRecovering } from './startImportRecovering.ts';

/**
 * Start an import (imports preview). Send an `idempotency_key` and keep it until the run is
 * known: a lost response is then re-sent once and the server returns the same run. A `409`
 * adopts the company's active import. (`useStartImport` manages the key for you.)
 */
export function startImportMutationOptions(client: VernClient, companyId: string) {
  const mutationKey = vernMutationKeys.startImport(companyId);
  return mutationOptions<StartedImport, VernApiError, StartImportRequest>({
    mutationKey,
    mutationFn: (body, { client: queryClient }) =>
      sendOnce(queryClient, mutationKey, fingerprintOf(body), async () => {
        const started = await startImportRecovering(client, companyId, body);
        const queryKey = vernKeys.importRun(companyId, started.runId);
        await queryClient.cancelQueries({ queryKey });
        // An adopted run already on screen keeps what its last read showed.
        if (!started.adopted || !queryClient.getQueryData<ImportRun>(queryKey)) {
          const shown = importRunWithStatus(started.runId, started.status, undefined);
          if (shown) queryClient.setQueryData<ImportRun>(queryKey, shown);
          else void queryClient.invalidateQueries({ queryKey });
        }
        void queryClient.invalidateQueries({ queryKey: vernKeys.activeImport(companyId) });
        void queryClient.invalidateQueries({ queryKey: vernKeys.importHistory(companyId) });
        return started;
      }),
    retry: false,
  });
}
