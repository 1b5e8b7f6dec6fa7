import { queryOptions } from '@tanstack/react-query';
import type { TemplateList, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { vernRetry } from '../polling/vernRetry.ts';

/** The account's templates (columns and all). Set up in Vern's UI, so five minutes fresh. */
export function templatesQueryOptions(client: VernClient) {
  return queryOptions<TemplateList, VernApiError, TemplateList, ReturnType<typeof vernKeys.templates>>({
    queryKey: vernKeys.templates(),
    queryFn: ({ signal }) => client.listTemplates({ signal }),
    staleTime: 5 * 60_000,
    retry: vernRetry,
  });
}
