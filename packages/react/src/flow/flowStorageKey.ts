import type { CreateMigrationRequest } from '@vernkit/core';

const PREFIX = 'vernkit:migration-flow:';

/**
 * The storage key of a migration flow: the host's own key when given, else what identifies the
 * migration (its id, then the `external_id` that makes creation idempotent, then its name).
 */
export function flowStorageKey(options: {
  storageKey?: string | undefined;
  migrationId?: string | undefined;
  create?: CreateMigrationRequest | undefined;
}): string {
  const id =
    options.storageKey ??
    options.migrationId ??
    (options.create?.external_id ? `external:${options.create.external_id}` : undefined) ??
    (options.create?.name ? `name:${options.create.name}` : 'default');
  return `${PREFIX}${id}`;
}
