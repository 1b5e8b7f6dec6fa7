import { createVernQueryClient } from "./createVernQueryClient.js";
import { VernContext } from "./VernContext.js";
import { QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { createVernClient } from "@vernkit/core";
import { useContext, useMemo, useRef, useState } from "react";
import { jsx } from "react/jsx-runtime";
// src/provider/VernProvider.tsx
/**
* Makes a Vern client available to every vernkit hook below it, on the host's TanStack
* `QueryClient` when there is one. Rendering it on a server touches no browser global.
*
* @example
* <VernProvider baseUrl="/api/vern" headers={() => ({ authorization: `Bearer ${token()}` })}>
*   <Onboarding />
* </VernProvider>
*/
function VernProvider(props) {
	const { children, queryClient } = props;
	const client = useProvidedClient(props);
	const value = useMemo(() => ({ client }), [client]);
	const outer = useContext(QueryClientContext);
	const [own] = useState(() => queryClient || outer ? null : createVernQueryClient());
	const chosen = queryClient ?? outer ?? own;
	const tree = /* @__PURE__ */ jsx(VernContext.Provider, {
		value,
		children
	});
	if (chosen && chosen !== outer) return /* @__PURE__ */ jsx(QueryClientProvider, {
		client: chosen,
		children: tree
	});
	return tree;
}
/**
* With `baseUrl`, the client is built once per URL. Headers and `fetch` are read through refs
* at request time, so an inline `headers={{…}}` object (a new identity each render) neither
* rebuilds the client nor resets the cache it keys.
*/
function useProvidedClient(props) {
	const headersRef = useRef(props.headers);
	const fetchRef = useRef(props.fetch);
	headersRef.current = props.headers;
	fetchRef.current = props.fetch;
	const retryAtMount = useRef(props.retry).current;
	const { client, baseUrl } = props;
	return useMemo(() => {
		if (client) return client;
		if (typeof baseUrl !== "string") throw new Error("<VernProvider> needs either `client` or `baseUrl`");
		return createVernClient({
			baseUrl,
			headers: async () => {
				const headers = headersRef.current;
				return (typeof headers === "function" ? await headers() : headers) ?? {};
			},
			fetch: (input, init) => (fetchRef.current ?? globalThis.fetch)(input, init),
			...retryAtMount === void 0 ? {} : { retry: retryAtMount }
		});
	}, [
		client,
		baseUrl,
		retryAtMount
	]);
}
export { VernProvider };
