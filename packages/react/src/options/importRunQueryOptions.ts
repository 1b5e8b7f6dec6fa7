import { queryOptions } from '@tanstack/react-query';
import { type ImportRun, isTerminalFor, type VernApiError, type VernClient } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { isFatalPollError, pollingInterval } from '../polling/pollingInterval.ts';
import { vernRetry } from '../polling/vernRetry.ts';

export interface ImportRunQueryConfig {
  /** Poll until `completed`, `failed`, `canceled` or `needs_attention`. Default `true`. */
  poll?: boolean;
}

/**
 * An import run of the imports preview, polled (by default) on the same schedule as runs until
 * it is terminal or `needs_attention` waits for a decision.
 */
export function importRunQueryOptions(
  client: VernClient,
  companyId: string,
  runId: string,
  { poll = true }: ImportRunQueryConfig = {},
) {
  const interval = pollingInterval<ImportRun, VernApiError, ReturnType<typeof vernKeys.importRun>>((run) =>
    isTerminalFor('import', run.status),
  );
  return queryOptions<ImportRun, VernApiError, ImportRun, ReturnType<typeof vernKeys.importRun>>({
    queryKey: vernKeys.importRun(companyId, runId),
    queryFn: ({ signal }) => client.getImport(companyId, runId, { signal }),
    retry: vernRetry,
    refetchInterval: poll ? interval : false,
    // Fresh until the next poll is due, so a component mounting mid-interval adds no request.
    staleTime: poll ? (query) => interval(query) || 0 : 0,
    refetchOnWindowFocus: (query) =>
      query.state.data?.status !== 'failed' &&
      query.state.data?.status !== 'canceled' &&
      !isFatalPollError(query.state.error),
  });
}
