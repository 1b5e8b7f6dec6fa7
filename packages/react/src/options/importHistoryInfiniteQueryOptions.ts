import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query';
import type { ImportHistory, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

export interface ImportHistoryQueryConfig {
  /** Runs per page. */
  limit?: number;
}

type ImportHistoryKey = readonly [...ReturnType<typeof vernKeys.importHistory>, { limit: number | null }];

/** The company's imports, newest first, a page at a time (`fetchNextPage`). */
export function importHistoryInfiniteQueryOptions(
  client: VernClient,
  companyId: string,
  { limit }: ImportHistoryQueryConfig = {},
) {
  return infiniteQueryOptions<
    ImportHistory,
    VernApiError,
    InfiniteData<ImportHistory, string | null>,
    ImportHistoryKey,
    string | null
  >({
    queryKey: [...vernKeys.importHistory(companyId), { limit: limit ?? null }],
    queryFn: ({ pageParam, signal }) =>
      client.listImports(companyId, { cursor: pageParam ?? undefined, limit }, { signal }),
    initialPageParam: null,
    getNextPageParam: (page) => page.next_cursor ?? null,
    retry: vernRetry,
  });
}
