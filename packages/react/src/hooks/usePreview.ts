import { useQuery } from '@tanstack/react-query';
import { previewQueryOptions } from '../options/previewQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

export interface UsePreviewOptions {
  /**
   * Fetch only when a preview exists, e.g. `run?.status === 'awaiting_approval'`: before the
   * first one the API answers 404. Default `true`.
   */
  enabled?: boolean;
}

/**
 * The current preview. Fetched once per version: every `generate`/`update` run that reaches
 * `awaiting_approval` marks it stale, and it refetches while the previous one stays on screen.
 *
 * @example
 * const { data: run } = useRunPolling(migrationId, runId, { kind: 'generate' });
 * const { data: preview } = usePreview(migrationId, { enabled: run?.status === 'awaiting_approval' });
 */
export function usePreview(
  migrationId: string | null | undefined,
  { enabled = true }: UsePreviewOptions = {},
) {
  const client = useVernClient();
  return useQuery({
    ...previewQueryOptions(client, migrationId ?? ''),
    enabled: Boolean(migrationId) && enabled,
  });
}
