import { useMutation } from '@tanstack/react-query';
import { cancelRunMutationOptions } from '../mutations/cancelRunMutationOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * Cancel an in-flight run.
 *
 * @example
 * const cancel = useCancelRun(migrationId, runId);
 * <button onClick={() => cancel.mutate()} disabled={cancel.isPending}>Stop</button>
 */
export function useCancelRun(migrationId: string | null | undefined, runId: string | null | undefined) {
  const client = useVernClient();
  return useMutation(cancelRunMutationOptions(client, migrationId ?? '', runId ?? ''));
}
