import { vernKeys } from "../keys/vernKeys.js";
// src/thread/isThreadLive.ts
/**
* Whether a thread stream of this migration is connected and delivering: then its status
* events refresh the run, and run polling stands down.
*/
function isThreadLive(queryClient, migrationId) {
	return queryClient.getQueryCache().findAll({ queryKey: vernKeys.threads(migrationId) }).some((query) => query.state.fetchStatus === "fetching" && query.state.data?.connection === "live" && query.getObserversCount() > 0);
}
export { isThreadLive };
