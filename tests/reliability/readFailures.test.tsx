import { screen, within } from '@testing-library/react';
import type { Fault } from '@vernkit/mock';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { button, heading, press, wait, withViewport } from './support/screen.ts';

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;
const PREVIEW = /^\/migrations\/[^/]+\/preview$/;

/** Waits of 1 s, 2 s, 4 s: full-jitter backoff with the draw pinned to the middle. */
const PINNED = { random: () => 0.5 };

const OUTAGES: Array<[string, Fault]> = [
  ['503s', { type: '5xx', status: 503, route: /^GET \/migrations\//, count: Number.POSITIVE_INFINITY }],
  // The request reaches Vern, the answer never comes back: a dropped connection.
  [
    'dropped connections',
    { type: 'lost-post-response', route: /^GET \/migrations\//, count: Number.POSITIVE_INFINITY },
  ],
];

/** The run starts; from then on every read of the migration fails (the thread stream's too). */
async function generatingThrough(fault: Fault): Promise<FlowKit> {
  const kit = createFlowKit({ scenario: 'slow', retry: PINNED });
  await seedUploaded(kit, sample('contacts-clean.csv'));
  kit.renderFlow();
  await wait(0);
  kit.mock.injectFault(fault);
  await press(button('Start mapping'));
  return kit;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

describe('failing reads', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(OUTAGES)(
    '%s on the run: retried with backoff, then a clear error with a retry button; the step is kept and recovers',
    async (_, fault) => {
      const kit = await generatingThrough(fault);
      await wait(120_000);

      // Each failed read was retried after 1 s, 2 s, 4 s: backing off, not hammering.
      const reads = kit.requests.filter((r) => r.method === 'GET' && RUN_GET.test(r.path));
      expect(reads.length).toBeGreaterThanOrEqual(4);
      expect(gaps(reads.slice(0, 4).map((r) => r.at))).toEqual([1_000, 2_000, 4_000]);
      // Two minutes of outage cost a few dozen reads, not a storm.
      expect(reads.length).toBeLessThanOrEqual(40);

      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('Something went wrong');
      expect(alert.textContent).not.toMatch(/undefined|\[object/);
      // The customer's place is kept: still the mapping step, cancel still there.
      expect(heading()).toHaveTextContent('Mapping your data');
      expect(button('Cancel run')).toBeInTheDocument();

      kit.mock.clearFaults();
      const errorBox = document.querySelector('[data-slot="migration-flow-error"]') as HTMLElement;
      await press(within(errorBox).getByRole('button', { name: 'Try again' }));
      await wait(120_000);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(heading()).toHaveTextContent('Review your data');
    },
  );

  // The alert speaks per error kind (a connection problem here); the technical message is kept
  // under "Technical details" for the host's support, with URLs, ids and methods removed.
  it('a dropped connection reads as a connection problem, without URLs or ids', async () => {
    await generatingThrough(OUTAGES[1]?.[1] as Fault);
    await wait(60_000);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).not.toMatch(/https?:|\/migrations\/|GET/);
  });

  it('a failing preview read shows its error with a retry button, and the retry loads it', async () => {
    const kit = createFlowKit({ retry: PINNED });
    await seedUploaded(kit, sample('contacts-clean.csv'));
    kit.mock.injectFault({ type: '5xx', status: 502, route: 'GET /migrations/*/preview', count: 4 });
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');
    // One read and its three retries, then the error where the preview would be.
    expect(kit.count('GET', PREVIEW)).toBe(4);
    const table = document.querySelector('[data-slot="preview-table"]') as HTMLElement;
    expect(table).toHaveAttribute('data-state', 'error');
    expect(table).toHaveTextContent('Bad gateway');
    // The rest of the step works meanwhile.
    expect(screen.getByRole('textbox', { name: 'What should change?' })).toBeEnabled();

    await press(within(table).getByRole('button', { name: 'Try again' }));
    await wait(0);
    expect(kit.count('GET', PREVIEW)).toBe(5);
    expect(screen.getByRole('grid', { name: 'Contacts preview' })).toBeInTheDocument();
  });
});
