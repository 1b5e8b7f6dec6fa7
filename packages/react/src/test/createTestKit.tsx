import type { QueryClient } from '@tanstack/react-query';
import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock, type ScenarioName, type VernMock } from '@vernkit/mock';
import type { ReactNode } from 'react';
import { createVernQueryClient } from '../provider/createVernQueryClient.ts';
import { VernProvider } from '../provider/VernProvider.tsx';

export const BASE_URL = 'http://vern.test/api/v1';

export interface RecordedRequest {
  method: string;
  /** The path under the API base, e.g. `/migrations/<id>/runs`. */
  path: string;
  search: string;
}

export interface TestKit {
  mock: VernMock;
  client: VernClient;
  queryClient: QueryClient;
  /** Every request that reached the mock's `fetch`, in order. */
  requests: RecordedRequest[];
  count(method: string, path: RegExp): number;
  wrapper(props: { children: ReactNode }): ReactNode;
  /** A fresh provider and QueryClient on the same mock: a page reload. */
  reload(): TestKit;
}

/**
 * The mock behind a real client, counting requests at the fetch: what the hooks send is what
 * these tests assert on. Uploads use `fetch` so they reach the mock (jsdom's XHR would not).
 */
export function createTestKit(
  options: { scenario?: ScenarioName; speed?: number; mock?: VernMock; apiKey?: string } = {},
): TestKit {
  const mock =
    options.mock ?? createVernMock({ speed: options.speed ?? 0, apiKey: null, scenario: options.scenario });
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      path: url.pathname.replace(/^\/api\/v1/, ''),
      search: url.search,
    });
    return mock.fetch(request);
  };
  const client = createVernClient({
    baseUrl: BASE_URL,
    fetch,
    uploadTransport: 'fetch',
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  });
  const queryClient = createVernQueryClient();
  const kit: TestKit = {
    mock,
    client,
    queryClient,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && path.test(r.path)).length,
    wrapper: ({ children }) => (
      <VernProvider client={client} queryClient={queryClient}>
        {children}
      </VernProvider>
    ),
    reload: () => createTestKit({ ...options, mock }),
  };
  return kit;
}

export const CONTACTS_CSV = [
  'Email,First Name,Last Name,Phone',
  'jane@acme.com,Jane,Doe,555-0100',
  'john@acme.com,John,Smith,555-0101',
  'ann@globex.com,Ann,Lee,555-0102',
].join('\n');

/** Ambiguous on purpose (Phone or Mobile? free-text statuses), so a `question` scenario has something to ask. */
export const MESSY_CONTACTS_CSV = [
  'E-mail Address,first_name,Surname,Company,Phone,Mobile,Status',
  'jane.doe@acme.com,Jane,Doe,"Acme, Inc.",+1 415 555 1000,+1 628 555 2000,Open',
  'john.smith@acme.com,  John,Smith,"Acme, Inc.",+1 415 555 1037,,Closed',
  'priya.patel@globex.com,Priya,Patel,Globex Corporation,,+1 628 555 2106,open',
  'marcus.chen@globex.com,Marcus,Chen,Globex Corporation,+1 415 555 1111,+1 628 555 2159,in progress',
].join('\n');

export function csvFile(name = 'contacts.csv', text = CONTACTS_CSV): File {
  return new File([text], name, { type: 'text/csv' });
}

/** A migration with one uploaded file, created straight through the client (not under test). */
export async function seedMigration(kit: TestKit, externalId = 'acme-001'): Promise<string> {
  const { migration } = await kit.client.createMigration({
    name: 'Acme',
    external_id: externalId,
    templates: ['contacts'],
  });
  const text = kit.mock.scenario === 'happy' ? CONTACTS_CSV : MESSY_CONTACTS_CSV;
  await kit.client.uploadFiles(migration.id, [csvFile('contacts.csv', text)]);
  return migration.id;
}

/** A migration and a started `generate` run; the request log starts empty after it. */
export async function seedRun(kit: TestKit): Promise<{ migrationId: string; runId: string }> {
  const migrationId = await seedMigration(kit);
  const { run_id } = await kit.client.startRun(migrationId, { kind: 'generate' });
  kit.requests.length = 0;
  return { migrationId, runId: run_id };
}

/** A company (imports preview) bound to the account's first source. */
export async function seedCompany(kit: TestKit, name = 'Acme'): Promise<string> {
  const { sources } = await kit.client.listSources();
  const source = sources.find((s) => s.id)?.id;
  if (!source) throw new Error('the mock lists no source with an id');
  const { company } = await kit.client.provisionCompany({ name, source });
  return company.id;
}

/** An uploaded file ready for `POST /imports`. */
export async function seedImportFile(kit: TestKit, companyId: string, text = MESSY_CONTACTS_CSV) {
  const file = csvFile('contacts.csv', text);
  const { upload_url, upload_ref } = await kit.client.createImportUpload(companyId, {
    name: file.name,
    content_type: 'text/csv',
    size: file.size,
  });
  await kit.client.uploadFile(upload_url, file);
  return { name: file.name, upload_ref };
}
