import { act, renderHook } from '@testing-library/react';
import { createRateLimiter, createVernClient } from '@vernkit/core';
import { createVernMock, type VernMock } from '@vernkit/mock';
import { useMigrationFlow } from '@vernkit/react';
import { BASE_URL, createFlowKit, type SentRequest, sample } from './support/flowKit.tsx';

const WATCHED = 30;
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Thirty customers' migrations, each with a file, set up earlier (under another key's budget). */
async function seedMigrations(mock: VernMock): Promise<string[]> {
  const seeder = createVernClient({
    baseUrl: BASE_URL,
    fetch: mock.fetch,
    apiKey: 'seeder',
    uploadTransport: 'fetch',
  });
  const ids: string[] = [];
  for (let i = 0; i < WATCHED; i++) {
    const { migration } = await seeder.createMigration({ name: `Customer ${i}`, templates: ['contacts'] });
    await seeder.uploadFiles(migration.id, [sample('contacts-clean.csv')]);
    ids.push(migration.id);
  }
  return ids;
}

/** The most requests sent in any 60-second window. */
function busiestMinute(requests: readonly SentRequest[]): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 60_000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * An operations page watching every migration: one `useMigrationFlow` each, all started at once.
 * `live: false` is the worst case (a proxy that cannot stream SSE): everything is polled.
 */
async function watchAll(options: { budget: boolean; live: boolean; minutes: number }) {
  // Slow runs (≈1.5 minutes of mapping each) keep all thirty in flight together for a while.
  const mock = createVernMock({ speed: 20, apiKey: null });
  const ids = await seedMigrations(mock);
  const limiter = options.budget ? createRateLimiter({ requestsPerMinute: 90 }) : undefined;
  const kit = createFlowKit({ mock, ...(limiter ? { rateLimit: limiter } : {}) });
  const { result } = renderHook(
    () =>
      ids.map((migrationId) => useMigrationFlow({ migrationId, storage: kit.storage, live: options.live })),
    { wrapper: kit.wrapper },
  );
  await wait(0);
  // Thirty clicks on "Start mapping"; the budget may hold some of the POSTs back for a while.
  let started: Promise<unknown[]> = Promise.resolve([]);
  act(() => {
    started = Promise.all(result.current.map((flow) => flow.generate()));
  });
  for (let minute = 0; minute < options.minutes; minute++) await wait(60_000);
  expect(await started).toEqual(Array(WATCHED).fill({ ok: true }));
  return { kit, flows: result.current };
}

describe('a page watching thirty migrations', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['streaming the thread', true],
    ['polling everything (no SSE)', false],
  ])(
    '%s: stays under a shared budget of 90 requests a minute, gets no 429, and follows every run',
    async (_, live) => {
      const { kit, flows } = await watchAll({ budget: true, live, minutes: 5 });
      expect(flows.map((f) => f.step)).toEqual(Array(WATCHED).fill('preview'));
      expect(flows.every((f) => f.error === null)).toBe(true);
      expect(kit.requests.filter((r) => r.status === 429)).toEqual([]);
      // Vern allows about 100 a minute per key; the limiter's burst plus its rate stays below that.
      expect(busiestMinute(kit.requests)).toBeLessThanOrEqual(100);
      expect(kit.count('POST', /\/runs$/)).toBe(WATCHED);
    },
    120_000,
  );

  it('polling everything without the shared budget, the same page runs into 429s (why the budget exists)', async () => {
    const { kit } = await watchAll({ budget: false, live: false, minutes: 1 });
    expect(kit.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  }, 120_000);
});
