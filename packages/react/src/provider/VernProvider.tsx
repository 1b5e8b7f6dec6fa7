import { type QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createVernClient, type VernClient, type VernClientOptions } from '@vernkit/core';
import { type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { createVernQueryClient } from './createVernQueryClient.ts';
import { createRetryStatusStore } from './retryStatus.ts';
import { VernContext, type VernContextValue } from './VernContext.ts';

interface VernProviderBaseProps {
  children?: ReactNode;
  /**
   * The `QueryClient` to use. Defaults to the one of the nearest `<QueryClientProvider>`, and
   * when there is none, to one the provider creates (and keeps) for its subtree.
   */
  queryClient?: QueryClient;
}

export interface VernProviderClientProps extends VernProviderBaseProps {
  /** A client from `createVernClient`, or a promise of one (hooks suspend until it resolves). */
  client: VernClient | Promise<VernClient>;
  baseUrl?: never;
  headers?: never;
  fetch?: never;
  retry?: never;
  rateLimit?: never;
}

export interface VernProviderUrlProps extends VernProviderBaseProps {
  client?: never;
  /** The host's proxy (see `@vernkit/server`), e.g. `/api/vern`. Never Vern itself with a key. */
  baseUrl: string;
  /** Sent with every request; a function is called per request (short-lived tokens). Read live. */
  headers?: VernClientOptions['headers'];
  /** Read live. */
  fetch?: typeof fetch;
  /** Fixed at mount. */
  retry?: VernClientOptions['retry'];
  /**
   * This page's request budget, shared by every hook below (fixed at mount). Default
   * `DEFAULT_BROWSER_RATE_LIMIT` (90 a minute, bursts of 9): Vern allows about 100 a minute per
   * key, and one key serves every end user of the host, so the host's proxy is the real guard;
   * this keeps one busy page (many watched runs) from spending the key's budget alone.
   * `false` turns it off; a shared `RateLimiter` spans several providers.
   */
  rateLimit?: VernClientOptions['rateLimit'];
}

/** The per-page budget `<VernProvider baseUrl>` applies unless told otherwise. */
export const DEFAULT_BROWSER_RATE_LIMIT = { requestsPerMinute: 90 } as const;

export type VernProviderProps = VernProviderClientProps | VernProviderUrlProps;

/**
 * Makes a Vern client available to every vernkit hook below it, on the host's TanStack
 * `QueryClient` when there is one. Rendering it on a server touches no browser global.
 *
 * @example
 * <VernProvider baseUrl="/api/vern" headers={() => ({ authorization: `Bearer ${token()}` })}>
 *   <Onboarding />
 * </VernProvider>
 */
export function VernProvider(props: VernProviderProps) {
  const { children, queryClient } = props;
  const client = useProvidedClient(props);
  const [retryStatus] = useState(createRetryStatusStore);
  useEffect(() => retryStatus.connect(client), [retryStatus, client]);
  const value = useMemo<VernContextValue>(() => ({ client, retryStatus }), [client, retryStatus]);

  const outer = useContext(QueryClientContext);
  const [own] = useState<QueryClient | null>(() => (queryClient || outer ? null : createVernQueryClient()));
  const chosen = queryClient ?? outer ?? own;

  const tree = <VernContext.Provider value={value}>{children}</VernContext.Provider>;
  if (chosen && chosen !== outer) return <QueryClientProvider client={chosen}>{tree}</QueryClientProvider>;
  return tree;
}

/**
 * With `baseUrl`, the client is built once per URL. Headers and `fetch` are read through refs
 * at request time, so an inline `headers={{…}}` object (a new identity each render) neither
 * rebuilds the client nor resets the cache it keys.
 */
function useProvidedClient(props: VernProviderProps): VernClient | Promise<VernClient> {
  const headersRef = useRef(props.headers);
  const fetchRef = useRef(props.fetch);
  // Written during render (idempotent) rather than in an effect: children's effects run first
  // and may already be sending requests.
  headersRef.current = props.headers;
  fetchRef.current = props.fetch;
  const retryAtMount = useRef(props.retry).current;
  const rateLimitAtMount = useRef(props.rateLimit ?? DEFAULT_BROWSER_RATE_LIMIT).current;
  const { client, baseUrl } = props;

  return useMemo(() => {
    if (client) return client;
    if (typeof baseUrl !== 'string') {
      throw new Error('<VernProvider> needs either `client` or `baseUrl`');
    }
    return createVernClient({
      baseUrl,
      headers: async () => {
        const headers = headersRef.current;
        return (typeof headers === 'function' ? await headers() : headers) ?? {};
      },
      fetch: (input, init) => (fetchRef.current ?? globalThis.fetch)(input, init),
      ...(retryAtMount === undefined ? {} : { retry: retryAtMount }),
      rateLimit: rateLimitAtMount,
    });
  }, [client, baseUrl, retryAtMount, rateLimitAtMount]);
}
