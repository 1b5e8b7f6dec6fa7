import { vernRetry } from "../polling/vernRetry.js";
import { QueryClient } from "@tanstack/react-query";
// src/provider/createVernQueryClient.ts
/**
* The `QueryClient` `<VernProvider>` creates when the host has none above it. Every vernkit
* query sets its own `retry`, so a host's own client works just as well; this only saves
* hosts without TanStack Query from wiring one.
*/
function createVernQueryClient(config = {}) {
	return new QueryClient({
		...config,
		defaultOptions: {
			...config.defaultOptions,
			queries: {
				retry: vernRetry,
				...config.defaultOptions?.queries
			},
			mutations: {
				retry: false,
				...config.defaultOptions?.mutations
			}
		}
	});
}
export { createVernQueryClient };
