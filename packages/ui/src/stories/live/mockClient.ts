import { createVernClient, type VernClient } from '@vernkit/core';
import type { VernMock } from '@vernkit/mock';

/**
 * A client straight onto a story's mock (no network, no MSW), to put the migration in a
 * state before the story renders: what a customer did earlier, in another session.
 */
export function mockClient(mock: VernMock): VernClient {
  return createVernClient({
    baseUrl: 'https://vern.mock.test/api/v1',
    fetch: mock.fetch,
    retry: false,
    uploadTransport: 'fetch',
  });
}
