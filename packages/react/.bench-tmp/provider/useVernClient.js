import { readPromise } from "./readPromise.js";
import { VernContext } from "./VernContext.js";
import { useContext } from "react";
// src/provider/useVernClient.ts
/**
* The `VernClient` of the nearest `<VernProvider>`. When the provider was given a promise of a
* client, this suspends until it resolves (put a `<Suspense>` boundary above).
*
* @example
* const client = useVernClient();
* await queryClient.prefetchQuery(templatesQueryOptions(client));
*/
function useVernClient() {
	const context = useContext(VernContext);
	if (!context) throw new Error("useVernClient must be used within <VernProvider client={…}> or <VernProvider baseUrl=\"…\">");
	const { client } = context;
	return isPromiseLike(client) ? readPromise(client) : client;
}
function isPromiseLike(value) {
	return typeof value?.then === "function";
}
export { useVernClient };
