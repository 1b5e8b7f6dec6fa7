import { runQueryOptions } from "../options/runQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useRun.ts
/**
* One read of a run (no polling; see `useRunPolling`). Disabled until both ids are known.
*
* @example
* const { data: run } = useRun(migrationId, runId);
*/
function useRun(migrationId, runId, options = {}) {
	const client = useVernClient();
	return useQuery({
		...runQueryOptions(client, migrationId ?? "", runId ?? ""),
		enabled: Boolean(migrationId && runId) && (options.enabled ?? true)
	});
}
export { useRun };
