import { useInfiniteQuery } from '@tanstack/react-query';
import {
  type ImportHistoryQueryConfig,
  importHistoryInfiniteQueryOptions,
} from '../options/importHistoryInfiniteQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

export interface UseImportHistoryOptions extends ImportHistoryQueryConfig {
  enabled?: boolean;
}

/**
 * The company's imports, newest first, paginated.
 *
 * @example
 * const { data, fetchNextPage, hasNextPage } = useImportHistory(companyId, { limit: 20 });
 * const runs = data?.pages.flatMap((page) => page.runs) ?? [];
 */
export function useImportHistory(
  companyId: string | null | undefined,
  { enabled = true, ...config }: UseImportHistoryOptions = {},
) {
  const client = useVernClient();
  return useInfiniteQuery({
    ...importHistoryInfiniteQueryOptions(client, companyId ?? '', config),
    enabled: Boolean(companyId) && enabled,
  });
}
