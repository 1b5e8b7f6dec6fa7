import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/filesQueryOptions.ts
/** The files uploaded to a migration; uploads through `useUploadFiles` mark it stale. */
function filesQueryOptions(client, migrationId) {
	return queryOptions({
		queryKey: vernKeys.files(migrationId),
		queryFn: ({ signal }) => client.listFiles(migrationId, { signal }),
		retry: vernRetry
	});
}
export { filesQueryOptions };
