import { queryOptions } from '@tanstack/react-query';
import type { ThreadInclude, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { pollingInterval } from '../polling/pollingInterval.ts';
import { vernRetry } from '../polling/vernRetry.ts';
import { followThread } from '../thread/followThread.ts';
import type { ThreadData } from '../thread/threadData.ts';

export interface ThreadQueryConfig {
  /** `user` (default) for end customers; `tools` adds tool calls; `all` is for the host's own debugging. */
  include?: ThreadInclude;
  /** Stream live (default), or read snapshots only. */
  live?: boolean;
}

/**
 * A migration's thread: live over SSE with resume, falling back to snapshot polling when
 * streaming fails. Events are unique by sequence and ascending.
 */
export function threadQueryOptions(
  client: VernClient,
  migrationId: string,
  { include = 'user', live = true }: ThreadQueryConfig = {},
) {
  return queryOptions<ThreadData, VernApiError, ThreadData, ReturnType<typeof vernKeys.thread>>({
    queryKey: vernKeys.thread(migrationId, include),
    queryFn: ({ client: queryClient, queryKey, signal }) =>
      followThread({ client, migrationId, include, live, queryClient, queryKey, signal }),
    // Only the fallback polls; a live stream pushes, and an idle thread is reopened by run changes.
    refetchInterval: pollingInterval((thread: ThreadData) => thread.connection !== 'polling'),
    // The event list only grows; comparing it deeply on every event would cost O(n) each time.
    structuralSharing: false,
    meta: { live },
    retry: vernRetry,
  });
}
