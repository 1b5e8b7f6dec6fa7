import { vernKeys } from "../keys/vernKeys.js";
import { vernRetry } from "../polling/vernRetry.js";
import { queryOptions } from "@tanstack/react-query";
// src/options/previewQueryOptions.ts
/**
* The current preview. It changes only when a `generate`/`update` run reaches
* `awaiting_approval`, which marks it stale (see `runQueryOptions`), so it is never refetched
* on a timer or on focus: a 100 000-row preview is fetched once per version.
*/
function previewQueryOptions(client, migrationId) {
	return queryOptions({
		queryKey: vernKeys.preview(migrationId),
		queryFn: ({ signal }) => client.getPreview(migrationId, { signal }),
		staleTime: Number.POSITIVE_INFINITY,
		refetchOnWindowFocus: false,
		structuralSharing: false,
		retry: vernRetry
	});
}
export { previewQueryOptions };
