import { isThreadLive } from "../thread/isThreadLive.js";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
// src/hooks/useIsThreadLive.ts
/** Whether a live thread stream of this migration is delivering events (run polling then pauses). */
function useIsThreadLive(migrationId) {
	const queryClient = useQueryClient();
	const subscribe = useCallback((onChange) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
	const get = () => migrationId ? isThreadLive(queryClient, migrationId) : false;
	return useSyncExternalStore(subscribe, get, () => false);
}
export { useIsThreadLive };
