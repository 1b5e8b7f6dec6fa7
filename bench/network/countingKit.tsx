import type { QueryClient } from '@tanstack/react-query';
import { createVernClient, type VernClient, type VernClientOptions } from '@vernkit/core';
import { createVernMock, type ScenarioName, type VernMock } from '@vernkit/mock';
import { createVernQueryClient, VernProvider } from '@vernkit/react';
import type { ReactNode } from 'react';

export interface RecordedRequest {
  /** `GET /migrations/:id/runs/:id`: ids folded so requests group by endpoint. */
  route: string;
  status: number;
  /** On the (fake) clock. */
  at: number;
}

export interface CountingKit {
  mock: VernMock;
  client: VernClient;
  queryClient: QueryClient;
  requests: RecordedRequest[];
  wrapper(props: { children: ReactNode }): ReactNode;
}

const BASE_URL = 'http://vern.test/api/v1';
const ID_AFTER = new Set(['migrations', 'runs', 'companies', 'imports', 'templates', 'sources']);

function routeOf(method: string, url: URL): string {
  if (!url.pathname.startsWith('/api/v1/')) return `${method} storage`;
  const parts = url.pathname.slice('/api/v1'.length).split('/');
  return `${method} ${parts.map((part, i) => (i > 0 && ID_AFTER.has(parts[i - 1] ?? '') ? ':id' : part)).join('/')}`;
}

/**
 * The mock behind a real client, recording every request at the fetch with its route and
 * response status: what the hooks send is exactly what gets counted. Vern's documented budget
 * (100 requests per minute per key and endpoint) stays on, so a 429 is a real 429.
 */
export function createCountingKit(options: {
  scenario?: ScenarioName;
  speed: number;
  rateLimit?: VernClientOptions['rateLimit'];
}): CountingKit {
  const mock = createVernMock({ speed: options.speed, apiKey: null, scenario: options.scenario });
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await mock.fetch(request);
    requests.push({
      route: routeOf(request.method, new URL(request.url)),
      status: response.status,
      at: Date.now(),
    });
    return response;
  };
  const client = createVernClient({
    baseUrl: BASE_URL,
    fetch,
    // jsdom's XMLHttpRequest would not reach the mock.
    uploadTransport: 'fetch',
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const queryClient = createVernQueryClient();
  return {
    mock,
    client,
    queryClient,
    requests,
    wrapper: ({ children }) => (
      <VernProvider client={client} queryClient={queryClient}>
        {children}
      </VernProvider>
    ),
  };
}

export const count = (requests: readonly RecordedRequest[], route?: RegExp) =>
  route ? requests.filter((r) => route.test(r.route)).length : requests.length;
