import { useQuery } from '@tanstack/react-query';
import { runQueryOptions } from '../options/runQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

export interface UseRunOptions {
  enabled?: boolean;
}

/**
 * One read of a run (no polling; see `useRunPolling`). Disabled until both ids are known.
 *
 * @example
 * const { data: run } = useRun(migrationId, runId);
 */
export function useRun(
  migrationId: string | null | undefined,
  runId: string | null | undefined,
  options: UseRunOptions = {},
) {
  const client = useVernClient();
  return useQuery({
    ...runQueryOptions(client, migrationId ?? '', runId ?? ''),
    enabled: Boolean(migrationId && runId) && (options.enabled ?? true),
  });
}
