import type { QueryClient } from '@tanstack/react-query';
import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock, type ScenarioName, type VernMock } from '@vernkit/mock';
import {
  VernProvider as ClientVernProvider,
  createMemoryStorage,
  createVernQueryClient,
  type FlowStorage,
} from '@vernkit/react';
import type { ReactNode } from 'react';
import { VernProvider } from '../provider/VernProvider.tsx';

/** Test and story support, not exported from the package: the mock behind a real client. */

export interface FlowKit {
  mock: VernMock;
  client: VernClient;
  queryClient: QueryClient;
  storage: FlowStorage;
  /** Requests that reached the mock, as `METHOD /path`. */
  requests: string[];
}

export function createFlowKit(options: { scenario?: ScenarioName; speed?: number } = {}): FlowKit {
  const mock = createVernMock({
    speed: options.speed ?? 1,
    apiKey: null,
    scenario: options.scenario ?? 'happy',
  });
  const requests: string[] = [];
  const client = createVernClient({
    baseUrl: 'http://vern.test/api/v1',
    // Uploads through fetch reach the mock; XHR would go to the network.
    uploadTransport: 'fetch',
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname.replace(/^\/api\/v1/, '')}`);
      return mock.fetch(request);
    },
  });
  return { mock, client, queryClient: createVernQueryClient(), storage: createMemoryStorage(), requests };
}

/** The UI provider (client, theme root, labels) on the kit's mock: for tests. */
export function FlowKitProvider({
  kit,
  locale,
  children,
}: {
  kit: FlowKit;
  locale?: string;
  children: ReactNode;
}) {
  return (
    <VernProvider client={kit.client} queryClient={kit.queryClient} locale={locale}>
      {children}
    </VernProvider>
  );
}

/** Only the client and query client: for stories, inside the story's own kit frame. */
export function FlowKitClientProvider({ kit, children }: { kit: FlowKit; children: ReactNode }) {
  return (
    <ClientVernProvider client={kit.client} queryClient={kit.queryClient}>
      {children}
    </ClientVernProvider>
  );
}

/** Ambiguous on purpose (Phone or Mobile? free-text statuses) so the agent has something to ask. */
export const MESSY_CONTACTS_CSV = [
  'E-mail Address,first_name,Surname,Company,Phone,Mobile,Status',
  'jane.doe@acme.com,Jane,Doe,"Acme, Inc.",+1 415 555 1000,+1 628 555 2000,Open',
  'john.smith@acme.com,  John,Smith,"Acme, Inc.",+1 415 555 1037,,Closed',
  'priya.patel@globex.com,Priya,Patel,Globex Corporation,,+1 628 555 2106,open',
  'marcus.chen@globex.com,Marcus,Chen,Globex Corporation,+1 415 555 1111,+1 628 555 2159,in progress',
].join('\n');

export const CONTACTS_CSV = [
  'Email,First Name,Last Name,Phone',
  'jane@acme.com,Jane,Doe,555-0100',
  'john@acme.com,John,Smith,555-0101',
  'ann@globex.com,Ann,Lee,555-0102',
].join('\n');

export function csvFile(text = CONTACTS_CSV, name = 'contacts.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}
