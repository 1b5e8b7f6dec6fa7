import { type SetupWorker, type StartOptions, setupWorker } from 'msw/browser';
import { createVernMock } from './createVernMock.ts';
import type { VernMock, VernMockOptions } from './types.ts';

export interface StartVernMockOptions extends VernMockOptions {
  /** Passed to `worker.start()`; the default lets every request the mock does not own through, quietly. */
  worker?: StartOptions;
}

export interface RunningVernMock {
  mock: VernMock;
  worker: SetupWorker;
  stop(): Promise<void>;
}

/**
 * Start the mock in the browser behind an MSW service worker (serve `mockServiceWorker.js`
 * with `npx msw init public/`). With the default `apiKey: null`, the mock stands in for
 * both the host's proxy and Vern.
 *
 * @example
 * const { mock } = await startVernMock({ scenario: 'question' });
 */
export async function startVernMock(options: StartVernMockOptions = {}): Promise<RunningVernMock> {
  const { worker: start, ...mockOptions } = options;
  const mock = createVernMock(mockOptions);
  const worker = setupWorker(...mock.handlers);
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true, ...start });
  return {
    mock,
    worker,
    stop: async () => {
      await worker.stop();
    },
  };
}
