import { createMigrationMutationOptions } from "../mutations/createMigrationMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
// src/hooks/useCreateMigration.ts
/**
* Create a migration. Pass your customer's id as `external_id`: creating again returns the
* same migration (`created: false`), which is also how a lost migration id is recovered.
*
* @example
* const create = useCreateMigration();
* const { migration } = await create.mutateAsync({ name: 'Acme', external_id: 'acme-001', templates: ['contacts'] });
*/
function useCreateMigration() {
	const client = useVernClient();
	return useMutation(createMigrationMutationOptions(client));
}
export { useCreateMigration };
