import { activeImportQueryOptions } from "../options/activeImportQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useActiveImport.ts
/**
* The company's in-flight import, or `null`: how a lost run id is found again.
*
* @example
* const { data: active } = useActiveImport(companyId);
*/
function useActiveImport(companyId, { enabled = true } = {}) {
	const client = useVernClient();
	return useQuery({
		...activeImportQueryOptions(client, companyId ?? ""),
		enabled: Boolean(companyId) && enabled
	});
}
export { useActiveImport };
