import { useQuery } from '@tanstack/react-query';
import { filesQueryOptions } from '../options/filesQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * The files uploaded to a migration (refreshed after each `useUploadFiles` upload).
 *
 * @example
 * const { data: files = [] } = useFiles(migrationId);
 */
export function useFiles(
  migrationId: string | null | undefined,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const client = useVernClient();
  return useQuery({
    ...filesQueryOptions(client, migrationId ?? ''),
    enabled: Boolean(migrationId) && enabled,
  });
}
