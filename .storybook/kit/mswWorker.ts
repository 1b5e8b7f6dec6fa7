import type { SetupWorker } from 'msw/browser';
import { isTestRun } from './liveMock.ts';

/**
 * The MSW worker behind the live stories, started once. Its script is looked up next to
 * `iframe.html` rather than at the site root, so a static build works from any sub-path
 * (from disk, MSW intercepts in the page instead). Vitest serves the static dir at the root.
 * Requests no story mocks (Storybook's own, fonts) pass through without a warning.
 */
export function startMswWorker(): Promise<SetupWorker> {
  // The addon calls this from every story's `beforeEach`; on a docs page several run at
  // once, before any has a worker. One start, shared.
  started ??= start();
  return started;
}

let started: Promise<SetupWorker> | undefined;

async function start(): Promise<SetupWorker> {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: isTestRun() ? '/mockServiceWorker.js' : './mockServiceWorker.js' },
  });
  return worker;
}
