import { sourcesQueryOptions } from "../options/sourcesQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useSources.ts
/**
* The account's sources, to let a customer pick the system they are leaving.
*
* @example
* const { data } = useSources();
*/
function useSources({ enabled = true } = {}) {
	const client = useVernClient();
	return useQuery({
		...sourcesQueryOptions(client),
		enabled
	});
}
export { useSources };
