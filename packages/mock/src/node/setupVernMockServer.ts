import { type SetupServer, setupServer } from 'msw/node';
import { createVernMock } from '../createVernMock.ts';
import type { VernMock, VernMockOptions } from '../types.ts';

/**
 * The mock behind `msw/node`: intercept `fetch` in tests that talk to a real-looking Vern URL.
 *
 * @example
 * const server = setupVernMockServer({ speed: 0 });
 * beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
 * afterEach(() => server.mock.reset());
 * afterAll(() => server.close());
 */
export function setupVernMockServer(options: VernMockOptions = {}): SetupServer & { mock: VernMock } {
  const mock = createVernMock(options);
  return Object.assign(setupServer(...mock.handlers), { mock });
}
