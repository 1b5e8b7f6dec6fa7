import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isVernApiError } from '@vernkit/core';

/**
 * After a mutation failed, re-read what it touched unless nothing can have changed: input the
 * client refused before sending, or a 401 that a read would only repeat. A 409 (someone else
 * moved the run on) and a lost response (did it land?) both need the server's current answer.
 */
export function refreshAfterFailure(queryClient: QueryClient, queryKey: QueryKey, error: unknown): void {
  if (
    isVernApiError(error) &&
    (error.kind === 'auth' || (error.kind === 'bad_request' && error.status === 0))
  )
    return;
  void queryClient.invalidateQueries({ queryKey });
}
