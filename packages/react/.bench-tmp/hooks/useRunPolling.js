import { runPollingQueryOptions } from "../options/runPollingQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useIsThreadLive } from "./useIsThreadLive.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useRunPolling.ts
/**
* A run, polled to the terminal state of its phase: ≈2 s, backing off as the phase ages and on
* errors, paused in a hidden tab and refreshed when it shows again. Any number of components
* watching the same run share one request per interval. While a live thread stream of the
* migration is connected (`useThread`), its status events refresh the run and the timer stops.
* A 401 or 404 stops polling and shows as the query's error.
*
* @example
* const { data: run, error } = useRunPolling(migrationId, runId, { kind: 'generate' });
*/
function useRunPolling(migrationId, runId, { kind, enabled = true } = {}) {
	const client = useVernClient();
	const live = useIsThreadLive(migrationId);
	const options = runPollingQueryOptions(client, migrationId ?? "", runId ?? "", { kind });
	return useQuery({
		...options,
		enabled: Boolean(migrationId && runId) && enabled,
		refetchInterval: live ? false : options.refetchInterval
	});
}
export { useRunPolling };
