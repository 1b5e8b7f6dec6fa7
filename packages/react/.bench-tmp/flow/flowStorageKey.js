// src/flow/flowStorageKey.ts
const PREFIX = "vernkit:migration-flow:";
/**
* The storage key of a migration flow: the host's own key when given, else what identifies the
* migration (its id, then the `external_id` that makes creation idempotent, then its name).
*/
function flowStorageKey(options) {
	const id = options.storageKey ?? options.migrationId ?? (options.create?.external_id ? `external:${options.create.external_id}` : void 0) ?? (options.create?.name ? `name:${options.create.name}` : "default");
	return `${PREFIX}${id}`;
}
export { flowStorageKey };
