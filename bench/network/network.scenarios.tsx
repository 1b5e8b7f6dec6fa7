/**
 * What the kit costs the host's request budget, counted at the fetch on a fake clock: the
 * scripted customer (`script.ts`) through `useMigrationFlow` with and without the live thread,
 * against a naive fixed 2.5 s poller; requests after the run is over; twenty components on one
 * run; thirty customers at once against Vern's 100 requests/minute budget. Measures, never
 * asserts on targets: a broken scenario throws, and `bench/report.ts` judges the figures.
 */
import { DEFAULT_BROWSER_RATE_LIMIT } from '@vernkit/react';
import { afterAll, afterEach, beforeEach, describe, it, vi } from 'vitest';
import { type Measurement, writeResults } from '../lib/results.ts';
import { createCountingKit } from './countingKit.tsx';
import { watchFleet } from './fleet.tsx';
import { flowRun } from './flowRun.tsx';
import { naiveRun } from './naivePoller.ts';
import { SPEED } from './script.ts';
import { scheduledPolls, watchRun } from './watchers.tsx';

const measurements: Measurement[] = [];
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

describe('requests', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => writeResults('network', measurements));

  it('one customer: live thread, polling only, naive 2.5 s poller', async () => {
    const live = await flowRun(createCountingKit({ scenario: 'question', speed: SPEED }), { live: true });
    const polling = await flowRun(createCountingKit({ scenario: 'question', speed: SPEED }), { live: false });
    const naive = await naiveRun(createCountingKit({ scenario: 'question', speed: SPEED }));
    const run = `generate + ${live.questionRounds} question + execute, ${minutes(live.durationMs)} simulated`;
    measurements.push(
      {
        group: 'network',
        name: 'one run: requests, live thread stream',
        value: live.during,
        unit: 'requests',
        detail: `${(live.during / naive.during).toFixed(2)}× the naive poller's; ${run}`,
      },
      {
        group: 'network',
        name: 'one run: requests, polling only (live: false)',
        value: polling.during,
        unit: 'requests',
        detail: `${(polling.during / naive.during).toFixed(2)}× the naive poller's`,
      },
      {
        group: 'network',
        name: 'one run: requests, naive fixed 2.5 s poller',
        value: naive.during,
        unit: 'requests',
        detail: `baseline, ${minutes(naive.durationMs)} simulated`,
      },
      {
        group: 'network',
        name: 'kit ÷ naive poller (live thread)',
        value: live.during / naive.during,
        unit: 'ratio',
        detail: `polling only: ${(polling.during / naive.during).toFixed(3)}×`,
      },
      {
        group: 'network',
        name: 'requests in the 10 min after the report (live)',
        value: live.after,
        unit: 'requests',
        target: { kind: 'equal', value: 0 },
      },
      {
        group: 'network',
        name: 'requests in the 10 min after the report (polling)',
        value: polling.after,
        unit: 'requests',
        target: { kind: 'equal', value: 0 },
      },
    );
  });

  it('twenty components watching one run poll as one', async () => {
    const one = await watchRun(createCountingKit({ speed: SPEED }), 1);
    const twenty = await watchRun(createCountingKit({ speed: SPEED }), 20);
    measurements.push({
      group: 'network',
      name: '20 components on one run: run polls',
      value: twenty.polls,
      unit: 'requests',
      target: { kind: 'equal', value: one.polls },
      detail: `1 component: ${one.polls}; the schedule's intervals over ${minutes(twenty.durationMs)}: ${scheduledPolls(twenty.durationMs)}`,
    });
  });

  it('thirty customers at once against 100 requests/minute per endpoint', async () => {
    // The kit's default in a browser is `<VernProvider baseUrl>`, which shares one
    // DEFAULT_BROWSER_RATE_LIMIT budget across every migration on the page: the rows with a
    // target run with it. The last row switches the budget off (a host passing its own client
    // built without `rateLimit`) to show what the budget is worth; it has no target.
    const variants = [
      {
        label: 'live thread, default budget',
        live: true,
        rateLimit: DEFAULT_BROWSER_RATE_LIMIT,
        judged: true,
      },
      {
        label: 'polling only, default budget',
        live: false,
        rateLimit: DEFAULT_BROWSER_RATE_LIMIT,
        judged: true,
      },
      { label: 'polling only, budget switched off', live: false, judged: false },
    ];
    for (const { label, live, rateLimit, judged } of variants) {
      const kit = createCountingKit({ speed: SPEED, ...(rateLimit ? { rateLimit } : {}) });
      const fleet = await watchFleet(kit, 30, { live });
      measurements.push({
        group: 'network',
        name: `30 migrations at once: 429s (${label})`,
        value: fleet.rateLimited,
        unit: 'requests',
        ...(judged ? { target: { kind: 'equal', value: 0 } as const } : {}),
        detail: `${fleet.requests} requests over ${minutes(fleet.durationMs)}; busiest endpoint-minute ${fleet.peakPerEndpointMinute}${rateLimit ? `; budget ${rateLimit.requestsPerMinute}/min` : '; not judged: opt-out'}`,
      });
    }
  });
});
