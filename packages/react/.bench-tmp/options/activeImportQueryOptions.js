import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/activeImportQueryOptions.ts
/** The company's one non-terminal import (`null` when none): how an import is found again. */
function activeImportQueryOptions(client, companyId) {
	return queryOptions({
		queryKey: vernKeys.activeImport(companyId),
		queryFn: ({ signal }) => client.getActiveImport(companyId, { signal }),
		retry: vernRetry
	});
}
export { activeImportQueryOptions };
