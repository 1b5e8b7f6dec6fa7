import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/sourcesQueryOptions.ts
/** The account's sources. Set up in Vern's UI, so five minutes fresh. */
function sourcesQueryOptions(client) {
	return queryOptions({
		queryKey: vernKeys.sources(),
		queryFn: ({ signal }) => client.listSources({ signal }),
		staleTime: 3e5,
		retry: vernRetry
	});
}
export { sourcesQueryOptions };
