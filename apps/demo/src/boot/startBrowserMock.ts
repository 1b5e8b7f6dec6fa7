import type { VernMock } from '@vernkit/mock';
import { initialScenario, initialSpeed } from './mockScenario.ts';

/**
 * Starts the simulated Vern in this tab (an MSW service worker serving `proxyPath`), loaded
 * on demand so real mode never downloads it. Its state lives in the tab's memory.
 */
export async function startBrowserMock(proxyPath: string): Promise<VernMock> {
  const { startVernMock } = await import('@vernkit/mock/browser');
  const { search } = window.location;
  const { mock } = await startVernMock({
    basePath: proxyPath,
    scenario: initialScenario(search, window.sessionStorage),
    speed: initialSpeed(search, window.sessionStorage),
    // Signed upload URLs on this origin: the worker answers them, and the CSP stays `connect-src 'self'`.
    storageOrigin: window.location.origin,
    worker: { serviceWorker: { url: '/mockServiceWorker.js' } },
  });
  return mock;
}
