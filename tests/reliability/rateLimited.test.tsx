import { screen } from '@testing-library/react';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { button, heading, press, wait, withViewport } from './support/screen.ts';

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;

async function mapping(): Promise<FlowKit> {
  // Backoff draws pinned to the middle: waits of 1 s, 2 s, 4 s, 8 s.
  const kit = createFlowKit({ scenario: 'slow', retry: { random: () => 0.5 } });
  await seedUploaded(kit, sample('contacts-clean.csv'));
  // Snapshots only: every read of the run is a poll, which is what a burst of 429s hits hardest.
  kit.renderFlow({ live: false });
  await wait(0);
  await press(button('Start mapping'));
  await wait(3_000);
  expect(heading()).toHaveTextContent('Mapping your data');
  return kit;
}

const errorBox = () => document.querySelector('[data-slot="migration-flow-error"]');

describe('429 bursts', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a short burst on every request: backed off, no error shown, the step kept, then the preview', async () => {
    const kit = await mapping();
    const from = kit.requests.length;
    kit.mock.injectFault({ type: '429-burst', count: 3 });
    await wait(1_000);
    expect(heading()).toHaveTextContent('Mapping your data');
    await wait(60_000);
    const limited = kit.requests.slice(from).filter((r) => r.status === 429);
    expect(limited).toHaveLength(3);
    // The next request after each 429 waited, longer each time.
    const after = (r: (typeof limited)[number]) =>
      kit.requests.slice(kit.requests.indexOf(r) + 1).find((n) => n.path === r.path);
    const waits = limited.map((r) => (after(r)?.at ?? Number.NaN) - r.at);
    expect(waits.every((w) => w >= 1_000)).toBe(true);
    expect(errorBox()).toBeNull();
    expect(heading()).toHaveTextContent('Review your data');
  });

  // The client announces each backoff (core `onRetry`, `useVernRetrying`); after a moment the
  // flow shows a polite "busy, retrying" notice. A poll refused after its retries is the same
  // spell, not an error: polling goes on and the flow recovers on its own.
  it('a long burst: a calm "busy, retrying" notice after a moment, never an error, then recovery', async () => {
    const kit = await mapping();
    kit.mock.injectFault({ type: '429-burst', count: 12, route: 'GET /migrations/*/runs/*' });
    await wait(20_000);
    expect(heading()).toHaveTextContent('Mapping your data');
    expect(screen.getByText(/busy.*retrying|retrying/i)).toBeInTheDocument();
    expect(errorBox()).toBeNull();
    await wait(180_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(kit.count('GET', RUN_GET, 429)).toBe(12);
  });

  it('a long burst: the step and the customer’s place are kept, polling backs off, and it recovers', async () => {
    const kit = await mapping();
    const from = kit.requests.length;
    kit.mock.injectFault({ type: '429-burst', count: 12, route: 'GET /migrations/*/runs/*' });
    await wait(20_000);
    expect(heading()).toHaveTextContent('Mapping your data');
    expect(button('Cancel run')).not.toHaveAttribute('aria-disabled');
    await wait(180_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(errorBox()).toBeNull();
    // Twelve refusals cost twelve requests and their backoff, not a storm.
    const reads = kit.requests.slice(from).filter((r) => r.method === 'GET' && RUN_GET.test(r.path));
    expect(reads.filter((r) => r.status === 429)).toHaveLength(12);
    expect(reads.length).toBeLessThanOrEqual(20);
  });
});
