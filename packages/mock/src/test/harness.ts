import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock } from '../createVernMock.ts';
import { type SampleFileName, sampleFile } from '../data/index.ts';
import type { VernMock, VernMockOptions } from '../types.ts';

export const API_KEY = 'test-key';
export const BASE_URL = 'https://vern.test/api/v1';

/** A mock at speed 0 with no rate limit, and core's client talking to it through `mock.fetch`. */
export function harness(options: VernMockOptions = {}): { mock: VernMock; client: VernClient } {
  const mock = createVernMock({ apiKey: API_KEY, speed: 0, rateLimit: false, ...options });
  const client = createVernClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch: mock.fetch, retry: false });
  return { mock, client };
}

/** A migration with sample files uploaded through the signed-URL handshake. */
export async function migrationWith(
  client: VernClient,
  files: SampleFileName[] = ['contacts-clean.csv'],
  body: { name?: string; templates?: string[]; source?: string } = {},
): Promise<string> {
  const { migration } = await client.createMigration({ name: body.name ?? 'Acme Corp', ...body });
  await client.uploadFiles(
    migration.id,
    files.map((name) => {
      const file = sampleFile(name);
      return {
        name: file.name,
        blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>]),
        contentType: file.contentType,
      };
    }),
  );
  return migration.id;
}

/** Raw API call through the mock, for what the client deliberately cannot send (bad bodies). */
export function raw(
  mock: VernMock,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return mock.fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'x-api-key': API_KEY, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}
