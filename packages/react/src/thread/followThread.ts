import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isVernApiError, type ThreadInclude, type VernClient } from '@vernkit/core';
import { fetchThreadSnapshot } from './fetchThreadSnapshot.ts';
import { scheduleRunRefresh } from './scheduleRunRefresh.ts';
import { EMPTY_THREAD, mergeThreadEvents, STATUS_BEARING_EVENTS, type ThreadData } from './threadData.ts';

export interface FollowThreadInput {
  client: VernClient;
  migrationId: string;
  include: ThreadInclude;
  live: boolean;
  queryClient: QueryClient;
  queryKey: QueryKey;
  signal: AbortSignal;
}

/** After streaming failed, wait this long (doubling per failure, capped) before trying it again. */
export function streamRetryDelay(failures: number): number {
  return Math.min(5 * 60_000, 15_000 * 2 ** Math.max(0, failures - 1));
}

function shouldStream(thread: ThreadData, live: boolean): boolean {
  if (!live) return false;
  if (thread.streamFailedAt === null) return true;
  return Date.now() - thread.streamFailedAt >= streamRetryDelay(thread.streamFailures);
}

/**
 * The thread's query function. Live: stream from the cursor, writing each event into the cache
 * as it arrives (the query stays "fetching" while the stream is open, as TanStack's
 * `streamedQuery` does), and refresh the run on status-bearing events. The stream ends with
 * `done` when no run is active; the run is refreshed once more, and the thread goes `idle`
 * until a run resumes. If streaming fails (after the client's own reconnects), the thread falls
 * back to snapshots on the polling schedule and tries streaming again later.
 */
export async function followThread(input: FollowThreadInput): Promise<ThreadData> {
  const { queryClient, queryKey } = input;
  const read = () => queryClient.getQueryData<ThreadData>(queryKey) ?? EMPTY_THREAD;
  const write = (update: (thread: ThreadData) => ThreadData) => {
    const current = read();
    const next = update(current);
    if (next !== current) queryClient.setQueryData<ThreadData>(queryKey, next);
  };

  const start = read();
  if (!shouldStream(start, input.live)) {
    const next = await fetchThreadSnapshot(
      input.client,
      input.migrationId,
      input.include,
      start,
      input.signal,
    );
    return { ...next, connection: input.live ? 'polling' : 'idle' };
  }

  write((t) => (t.connection === 'connecting' ? t : { ...t, connection: 'connecting' }));
  try {
    const stream = input.client.streamThread(input.migrationId, {
      include: input.include,
      signal: input.signal,
      ...(start.lastSequence === null ? {} : { after: start.lastSequence }),
      // Once streaming has failed, give up sooner on later attempts: snapshots are working.
      ...(start.streamFailures > 0 ? { maxReconnects: 2 } : {}),
      onOpen: () => write((t) => (t.connection === 'live' ? t : { ...t, connection: 'live' })),
      onError: (error) => {
        // A dropped connection is being retried by the client: poll the run meanwhile.
        if (isVernApiError(error))
          write((t) => (t.connection === 'live' ? { ...t, connection: 'connecting' } : t));
      },
    });
    for await (const event of stream) {
      write((t) => {
        const merged = mergeThreadEvents(t, [event]);
        if (merged.connection === 'live' && merged.streamFailures === 0) return merged;
        return { ...merged, connection: 'live', streamFailures: 0, streamFailedAt: null };
      });
      if (STATUS_BEARING_EVENTS.has(event.type)) scheduleRunRefresh(queryClient, input.migrationId);
    }
  } catch (error) {
    if (input.signal.aborted) throw error;
    // A 401 is not cured by switching transport; everything else may be (a proxy that does not
    // relay SSE answers 404 or 502 on /stream and serves snapshots fine).
    if (isVernApiError(error) && error.kind === 'auth') throw error;
    const failed = read();
    const fallback = {
      ...failed,
      connection: 'polling' as const,
      streamFailures: failed.streamFailures + 1,
      streamFailedAt: Date.now(),
    };
    scheduleRunRefresh(queryClient, input.migrationId);
    return fetchThreadSnapshot(input.client, input.migrationId, input.include, fallback, input.signal);
  }
  if (!input.signal.aborted) scheduleRunRefresh(queryClient, input.migrationId);
  return { ...read(), connection: 'idle' };
}
