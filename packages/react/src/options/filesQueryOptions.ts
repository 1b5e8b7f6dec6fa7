import { queryOptions } from '@tanstack/react-query';
import type { ListedFile, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

/** The files uploaded to a migration; uploads through `useUploadFiles` mark it stale. */
export function filesQueryOptions(client: VernClient, migrationId: string) {
  return queryOptions<ListedFile[], VernApiError, ListedFile[], ReturnType<typeof vernKeys.files>>({
    queryKey: vernKeys.files(migrationId),
    queryFn: ({ signal }) => client.listFiles(migrationId, { signal }),
    retry: vernRetry,
  });
}
