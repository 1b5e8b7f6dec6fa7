import { useQuery } from '@tanstack/react-query';
import { templatesQueryOptions } from '../options/templatesQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * The account's templates, to let a customer choose what to import.
 *
 * @example
 * const { data } = useTemplates();
 * data?.templates.map((t) => t.name);
 */
export function useTemplates({ enabled = true }: { enabled?: boolean } = {}) {
  const client = useVernClient();
  return useQuery({ ...templatesQueryOptions(client), enabled });
}
