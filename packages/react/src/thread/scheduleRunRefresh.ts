import type { QueryClient } from '@tanstack/react-query';
import { vernKeys } from '../keys/vernKeys.ts';

const scheduled = new WeakMap<QueryClient, Set<string>>();

/**
 * Refetch a migration's active run queries once, soon. A reconnecting stream replays a burst of
 * status events within one task; coalescing them into a single refetch keeps "an event
 * refreshes the run" from turning into one request per event.
 */
export function scheduleRunRefresh(queryClient: QueryClient, migrationId: string): void {
  let pending = scheduled.get(queryClient);
  if (!pending) {
    pending = new Set();
    scheduled.set(queryClient, pending);
  }
  if (pending.has(migrationId)) return;
  pending.add(migrationId);
  setTimeout(() => {
    pending.delete(migrationId);
    void queryClient.invalidateQueries({ queryKey: vernKeys.runs(migrationId) });
  }, 0);
}
