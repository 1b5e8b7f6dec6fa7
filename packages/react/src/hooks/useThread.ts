import { useQuery } from '@tanstack/react-query';
import type { ThreadEvent, VernApiError } from '@vernkit/core';
import { type ThreadQueryConfig, threadQueryOptions } from '../options/threadQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';
import { EMPTY_THREAD, type ThreadConnection } from '../thread/threadData.ts';

export interface UseThreadOptions extends ThreadQueryConfig {
  enabled?: boolean;
}

export interface UseThreadResult {
  /** Unique by sequence, ascending. */
  events: ThreadEvent[];
  lastSequence: number | null;
  connection: ThreadConnection;
  /** Set when neither streaming nor snapshots work (a 401, a missing migration). */
  error: VernApiError | null;
  isLoading: boolean;
}

/**
 * The migration's agent thread, live: SSE with resume from the last sequence (no event twice,
 * none missed), falling back to snapshot polling when streaming fails. While the stream is
 * connected, its status events refresh the run and run polling pauses. Components using the
 * same migration and `include` share one stream.
 *
 * @example
 * const { events, connection } = useThread(migrationId);
 */
export function useThread(
  migrationId: string | null | undefined,
  options: UseThreadOptions = {},
): UseThreadResult {
  const client = useVernClient();
  const { enabled = true, ...config } = options;
  const query = useQuery({
    ...threadQueryOptions(client, migrationId ?? '', config),
    enabled: Boolean(migrationId) && enabled,
  });
  const thread = query.data ?? EMPTY_THREAD;
  return {
    events: thread.events,
    lastSequence: thread.lastSequence,
    connection: thread.connection,
    error: query.error,
    isLoading: query.isLoading,
  };
}
