import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { mutationOptions } from "@tanstack/react-query";
// src/mutations/createMigrationMutationOptions.ts
/**
* Create a migration. Idempotent through `external_id` on the server; here, the same request
* twice at once (a StrictMode double effect, a double click) is sent once.
*/
function createMigrationMutationOptions(client) {
	return mutationOptions({
		mutationKey: vernMutationKeys.createMigration(),
		mutationFn: (body, { client: queryClient }) => sendOnce(queryClient, [...vernMutationKeys.createMigration(), body.external_id ?? body.name], fingerprintOf(body), async () => {
			const result = await client.createMigration(body);
			queryClient.setQueryData(vernKeys.migration(result.migration.id), result.migration);
			return result;
		}),
		retry: false
	});
}
export { createMigrationMutationOptions };
