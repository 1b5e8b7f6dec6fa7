import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/templatesQueryOptions.ts
/** The account's templates (columns and all). Set up in Vern's UI, so five minutes fresh. */
function templatesQueryOptions(client) {
	return queryOptions({
		queryKey: vernKeys.templates(),
		queryFn: ({ signal }) => client.listTemplates({ signal }),
		staleTime: 3e5,
		retry: vernRetry
	});
}
export { templatesQueryOptions };
