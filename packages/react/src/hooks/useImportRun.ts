import { useQuery } from '@tanstack/react-query';
import { type ImportRunQueryConfig, importRunQueryOptions } from '../options/importRunQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

export interface UseImportRunOptions extends ImportRunQueryConfig {
  enabled?: boolean;
}

/**
 * An import run (imports preview), polled until `completed`, `failed`, `canceled`, or
 * `needs_attention` (which waits for `useDecision`). Same schedule and sharing as `useRunPolling`.
 *
 * @example
 * const { data: run } = useImportRun(companyId, runId);
 * if (run?.status === 'needs_attention') render(run.needs_attention.questions);
 */
export function useImportRun(
  companyId: string | null | undefined,
  runId: string | null | undefined,
  { enabled = true, ...config }: UseImportRunOptions = {},
) {
  const client = useVernClient();
  return useQuery({
    ...importRunQueryOptions(client, companyId ?? '', runId ?? '', config),
    enabled: Boolean(companyId && runId) && enabled,
  });
}
