import { queryOptions } from '@tanstack/react-query';
import type { Preview, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

/**
 * The current preview. It changes only when a `generate`/`update` run reaches
 * `awaiting_approval`, which marks it stale (see `runQueryOptions`), so it is never refetched
 * on a timer or on focus: a 100 000-row preview is fetched once per version.
 */
export function previewQueryOptions(client: VernClient, migrationId: string) {
  return queryOptions<Preview, VernApiError, Preview, ReturnType<typeof vernKeys.preview>>({
    queryKey: vernKeys.preview(migrationId),
    queryFn: ({ signal }) => client.getPreview(migrationId, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // Each version is new as a whole; diffing two 100 000-row grids cell by cell buys nothing.
    structuralSharing: false,
    retry: vernRetry,
  });
}
