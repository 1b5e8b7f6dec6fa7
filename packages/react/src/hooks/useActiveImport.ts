import { useQuery } from '@tanstack/react-query';
import { activeImportQueryOptions } from '../options/activeImportQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * The company's in-flight import, or `null`: how a lost run id is found again.
 *
 * @example
 * const { data: active } = useActiveImport(companyId);
 */
export function useActiveImport(
  companyId: string | null | undefined,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const client = useVernClient();
  return useQuery({
    ...activeImportQueryOptions(client, companyId ?? ''),
    enabled: Boolean(companyId) && enabled,
  });
}
