import { queryOptions } from '@tanstack/react-query';
import type { SourceList, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

/** The account's sources. Set up in Vern's UI, so five minutes fresh. */
export function sourcesQueryOptions(client: VernClient) {
  return queryOptions<SourceList, VernApiError, SourceList, ReturnType<typeof vernKeys.sources>>({
    queryKey: vernKeys.sources(),
    queryFn: ({ signal }) => client.listSources({ signal }),
    staleTime: 5 * 60_000,
    retry: vernRetry,
  });
}
