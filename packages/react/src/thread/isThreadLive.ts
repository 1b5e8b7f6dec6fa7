import type { QueryClient } from '@tanstack/react-query';
import { vernKeys } from '../keys/vernKeys.ts';
import type { ThreadData } from './threadData.ts';

/**
 * Whether a thread stream of this migration is connected and delivering: then its status
 * events refresh the run, and run polling stands down.
 */
export function isThreadLive(queryClient: QueryClient, migrationId: string): boolean {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: vernKeys.threads(migrationId) })
    .some(
      (query) =>
        query.state.fetchStatus === 'fetching' &&
        (query.state.data as ThreadData | undefined)?.connection === 'live' &&
        query.getObserversCount() > 0,
    );
}
