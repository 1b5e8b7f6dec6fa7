import { filesQueryOptions } from "../options/filesQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useFiles.ts
/**
* The files uploaded to a migration (refreshed after each `useUploadFiles` upload).
*
* @example
* const { data: files = [] } = useFiles(migrationId);
*/
function useFiles(migrationId, { enabled = true } = {}) {
	const client = useVernClient();
	return useQuery({
		...filesQueryOptions(client, migrationId ?? ""),
		enabled: Boolean(migrationId) && enabled
	});
}
export { useFiles };
