import { importHistoryInfiniteQueryOptions } from "../options/importHistoryInfiniteQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useInfiniteQuery } from "@tanstack/react-query";
// src/hooks/useImportHistory.ts
/**
* The company's imports, newest first, paginated.
*
* @example
* const { data, fetchNextPage, hasNextPage } = useImportHistory(companyId, { limit: 20 });
* const runs = data?.pages.flatMap((page) => page.runs) ?? [];
*/
function useImportHistory(companyId, { enabled = true, ...config } = {}) {
	const client = useVernClient();
	return useInfiniteQuery({
		...importHistoryInfiniteQueryOptions(client, companyId ?? "", config),
		enabled: Boolean(companyId) && enabled
	});
}
export { useImportHistory };
