import { queryOptions } from '@tanstack/react-query';
import type { Run, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { isFatalPollError } from '../polling/pollingInterval.ts';
import { vernRetry } from '../polling/vernRetry.ts';
import { refreshIdleThreads } from '../thread/refreshIdleThreads.ts';

/**
 * One read of a run. The query function also notices the status changing: arriving at
 * `awaiting_approval` marks the preview stale, so each `generate`/`update` shows its new
 * preview however the change was learned (poll, stream event, another tab), and a thread that
 * is not streaming catches up.
 *
 * @example
 * await queryClient.prefetchQuery(runQueryOptions(client, migrationId, runId));
 */
export function runQueryOptions(client: VernClient, migrationId: string, runId: string) {
  return queryOptions<Run, VernApiError, Run, ReturnType<typeof vernKeys.run>>({
    queryKey: vernKeys.run(migrationId, runId),
    queryFn: async ({ client: queryClient, queryKey, signal }) => {
      const previous = queryClient.getQueryData<Run>(queryKey);
      const run = await client.getRun(migrationId, runId, { signal });
      if (previous && previous.status !== run.status) {
        if (run.status === 'awaiting_approval') {
          void queryClient.invalidateQueries({ queryKey: vernKeys.preview(migrationId) });
        }
        // A thread that stopped following (stream ended, or snapshots only) catches up.
        refreshIdleThreads(queryClient, migrationId, !isSettledAnywhere(run.status));
      }
      return run;
    },
    retry: vernRetry,
    // A run another tab answered, approved or canceled should not look stuck on return; a 401
    // or 404 is not worth asking again on every focus (invalidate after signing back in).
    refetchOnWindowFocus: (query) => !isDead(query.state.data) && !isFatalPollError(query.state.error),
  });
}

/** Blocked, awaiting approval, or over: no stream would carry anything new for it. */
function isSettledAnywhere(status: Run['status']): boolean {
  return ['blocked', 'awaiting_approval', 'completed', 'failed', 'canceled'].includes(status);
}

function isDead(run: Run | undefined): boolean {
  return run?.status === 'failed' || run?.status === 'canceled';
}
