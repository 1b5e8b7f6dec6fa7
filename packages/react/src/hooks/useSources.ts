import { useQuery } from '@tanstack/react-query';
import { sourcesQueryOptions } from '../options/sourcesQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * The account's sources, to let a customer pick the system they are leaving.
 *
 * @example
 * const { data } = useSources();
 */
export function useSources({ enabled = true }: { enabled?: boolean } = {}) {
  const client = useVernClient();
  return useQuery({ ...sourcesQueryOptions(client), enabled });
}
