import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createVernClient, type RateLimiter, type VernClient } from '@vernkit/core';
import {
  createVernMock,
  type SampleFileName,
  type ScenarioName,
  sampleFile,
  type VernMock,
} from '@vernkit/mock';
import { createMemoryStorage, createVernQueryClient, type FlowStorage } from '@vernkit/react';
import { MigrationFlow, type MigrationFlowProps, VernProvider } from '@vernkit/ui';
import type { ReactNode } from 'react';

export const BASE_URL = 'https://vern.test/api/v1';
export const CREATE = { name: 'Acme', external_id: 'acme-001', templates: ['contacts'] };

export interface SentRequest {
  method: string;
  /** Below the API base, e.g. `/migrations/<id>/runs`. */
  path: string;
  search: string;
  status: number | 'network-error';
  body: string | null;
  /** `Date.now()` when it was sent (fake time in tests). */
  at: number;
}

/**
 * Rewrites what the mock answered before the kit sees it: schema drift, hostile content,
 * faults the mock has no switch for. Gets the request and the mock's own answer.
 */
export type Intercept = (request: Request, answer: () => Promise<Response>) => Promise<Response>;

export interface FlowKitOptions {
  scenario?: ScenarioName;
  /** Mock time factor; 1 gives the run phases a few (fake) seconds each. */
  speed?: number;
  /** Share one simulated backend between kits (tabs, reloads, tenants). */
  mock?: VernMock;
  intercept?: Intercept;
  rateLimit?: RateLimiter;
  /** Client retry policy; `random` pinned so backoff waits are reproducible. */
  retry?: Parameters<typeof createVernClient>[0]['retry'];
}

/**
 * One browser tab of a host page: a real `@vernkit/core` client (as a proxy-backed page has:
 * no key) on `@vernkit/mock`, TanStack's cache, the flow's storage (a memory storage standing
 * in for `localStorage`: shared by `reload()` and `secondTab()`, announcing every change to
 * the flows on it as the `storage` event does between tabs), and a log of every request the
 * tab sent with what came back.
 */
export interface FlowKit {
  mock: VernMock;
  client: VernClient;
  queryClient: QueryClient;
  storage: FlowStorage;
  requests: SentRequest[];
  count(method: string, path: RegExp, status?: SentRequest['status']): number;
  wrapper(props: { children: ReactNode }): ReactNode;
  renderFlow(props?: Partial<MigrationFlowProps>): ReturnType<typeof render>;
  /** The same tab after a reload: a new client and cache, the same storage. */
  reload(): FlowKit;
  /**
   * A second tab of the same customer: its own client and cache, the same backend. By default
   * it shares this tab's storage, as tabs share the kit's default (`localStorage`);
   * `{ storage: 'own' }` gives it an empty storage of its own, as a host passing
   * `storage={sessionStorage}` (per tab) has.
   */
  secondTab(options?: { storage?: 'shared' | 'own' }): FlowKit;
}

export function createFlowKit(options: FlowKitOptions = {}, storage: FlowStorage = createMemoryStorage()) {
  const mock =
    options.mock ?? createVernMock({ speed: options.speed ?? 1, apiKey: null, scenario: options.scenario });
  const requests: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const entry: SentRequest = {
      method: request.method,
      path: url.pathname.replace(/^\/api\/v1/, ''),
      search: url.search,
      status: 'network-error',
      at: Date.now(),
      body: request.body && !url.pathname.startsWith('/storage/') ? await request.clone().text() : null,
    };
    requests.push(entry);
    const answer = () => mock.fetch(request);
    const response = await (options.intercept ? options.intercept(request, answer) : answer());
    entry.status = response.status;
    return response;
  };
  const client = createVernClient({
    baseUrl: BASE_URL,
    fetch,
    // jsdom's XMLHttpRequest would not reach the mock.
    uploadTransport: 'fetch',
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  });
  const queryClient = createVernQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VernProvider client={client} queryClient={queryClient}>
      {children}
    </VernProvider>
  );
  const kit: FlowKit = {
    mock,
    client,
    queryClient,
    storage,
    requests,
    count: (method, path, status) =>
      requests.filter(
        (r) => r.method === method && path.test(r.path) && (status === undefined || r.status === status),
      ).length,
    wrapper,
    renderFlow: (props = {}) =>
      render(<MigrationFlow create={CREATE} storage={storage} {...props} />, { wrapper }),
    reload: () => createFlowKit({ ...options, mock }, storage),
    secondTab: ({ storage: which = 'shared' } = {}) =>
      createFlowKit({ ...options, mock }, which === 'own' ? createMemoryStorage() : storage),
  };
  return kit;
}

/** One of the mock's sample exports as a `File` (`contacts.csv` has what the agent asks about). */
export function sample(name: SampleFileName = 'contacts.csv'): File {
  const { bytes, contentType } = sampleFile(name);
  return new File([bytes.slice()], name, { type: contentType });
}

/**
 * What the customer did in an earlier session, set up straight through the client: the
 * migration the flow will find by its `external_id`, with a file uploaded.
 */
export async function seedUploaded(kit: FlowKit, file: File = sample()): Promise<string> {
  const { migration } = await kit.client.createMigration(CREATE);
  await kit.client.uploadFiles(migration.id, [file]);
  kit.requests.length = 0;
  return migration.id;
}
