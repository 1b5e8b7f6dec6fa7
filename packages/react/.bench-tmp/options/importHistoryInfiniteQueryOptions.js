import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { infiniteQueryOptions } from "@tanstack/react-query";
// src/options/importHistoryInfiniteQueryOptions.ts
/** The company's imports, newest first, a page at a time (`fetchNextPage`). */
function importHistoryInfiniteQueryOptions(client, companyId, { limit } = {}) {
	return infiniteQueryOptions({
		queryKey: [...vernKeys.importHistory(companyId), { limit: limit ?? null }],
		queryFn: ({ pageParam, signal }) => client.listImports(companyId, {
			cursor: pageParam ?? void 0,
			limit
		}, { signal }),
		initialPageParam: null,
		getNextPageParam: (page) => page.next_cursor ?? null,
		retry: vernRetry
	});
}
export { importHistoryInfiniteQueryOptions };
