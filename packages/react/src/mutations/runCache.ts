import type { QueryClient } from '@tanstack/react-query';
import type { Run } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { refreshIdleThreads } from '../thread/refreshIdleThreads.ts';
import { runWithStatus } from './runWithStatus.ts';

/**
 * Show a run's new status at once, before the next poll. A poll already on the wire was sent
 * before the change and would overwrite it with the old status, so it is cancelled first.
 */
export async function setRunStatus(
  queryClient: QueryClient,
  migrationId: string,
  runId: string,
  status: string | null,
): Promise<void> {
  const queryKey = vernKeys.run(migrationId, runId);
  await queryClient.cancelQueries({ queryKey });
  const shown =
    status === null ? undefined : runWithStatus(runId, status, queryClient.getQueryData<Run>(queryKey));
  if (shown) queryClient.setQueryData<Run>(queryKey, shown);
  else void queryClient.invalidateQueries({ queryKey });
  refreshIdleThreads(queryClient, migrationId, true);
}

/** Replace a run with a full read the server returned (e.g. the canceled run from PATCH). */
export async function setRun(queryClient: QueryClient, migrationId: string, run: Run): Promise<void> {
  const queryKey = vernKeys.run(migrationId, run.run_id);
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData<Run>(queryKey, run);
}
