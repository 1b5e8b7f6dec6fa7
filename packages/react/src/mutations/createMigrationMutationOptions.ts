import { mutationOptions } from '@tanstack/react-query';
import type { CreateMigrationRequest, Migration, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';

export interface CreatedMigration {
  migration: Migration;
  /** `false` when `external_id` matched an existing migration, which is returned instead. */
  created: boolean;
}

/**
 * Create a migration. Idempotent through `external_id` on the server; here, the same request
 * twice at once (a StrictMode double effect, a double click) is sent once.
 */
export function createMigrationMutationOptions(client: VernClient) {
  return mutationOptions<CreatedMigration, VernApiError, CreateMigrationRequest>({
    mutationKey: vernMutationKeys.createMigration(),
    mutationFn: (body, { client: queryClient }) =>
      sendOnce(
        queryClient,
        [...vernMutationKeys.createMigration(), body.external_id ?? body.name],
        fingerprintOf(body),
        async () => {
          const result = await client.createMigration(body);
          queryClient.setQueryData(vernKeys.migration(result.migration.id), result.migration);
          return result;
        },
      ),
    retry: false,
  });
}
