import { queryOptions } from '@tanstack/react-query';
import type { ActiveImport, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

/** The company's one non-terminal import (`null` when none): how an import is found again. */
export function activeImportQueryOptions(client: VernClient, companyId: string) {
  return queryOptions<ActiveImport, VernApiError, ActiveImport, ReturnType<typeof vernKeys.activeImport>>({
    queryKey: vernKeys.activeImport(companyId),
    queryFn: ({ signal }) => client.getActiveImport(companyId, { signal }),
    retry: vernRetry,
  });
}
