import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isThreadLive } from '../thread/isThreadLive.ts';

/** Whether a live thread stream of this migration is delivering events (run polling then pauses). */
export function useIsThreadLive(migrationId: string | null | undefined): boolean {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  const get = () => (migrationId ? isThreadLive(queryClient, migrationId) : false);
  return useSyncExternalStore(subscribe, get, () => false);
}
