import { createVernMock } from './createVernMock.ts';
import { harness, migrationWith } from './test/harness.ts';

describe('createVernMock', () => {
  // Frozen wall time: only the mock's own clock moves, so durations are exact.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses options it cannot honour', () => {
    expect(() => createVernMock({ speed: -1 })).toThrow(RangeError);
    expect(() => createVernMock({ speed: Number.NaN })).toThrow(RangeError);
    expect(() => createVernMock({ scenario: 'chaos' as never })).toThrow(/Unknown scenario "chaos"/);
    expect(() => createVernMock({ rateLimit: { requestsPerMinute: 0 } })).toThrow(RangeError);
    expect(() => createVernMock({ streamBudgetMs: 0 })).toThrow(RangeError);
  });

  it('serves a custom base path, accepts relative URLs, and says which requests it handles', async () => {
    const mock = createVernMock({ basePath: '/vern/', speed: 0 });
    expect((await mock.fetch('/vern/templates')).status).toBe(200);
    expect((await mock.fetch('/api/v1/templates')).status).toBe(404);
    expect(mock.handles(new Request('https://host.test/vern/sources'))).toBe(true);
    expect(mock.handles(new Request('https://host.test/vernacular'))).toBe(false);
    expect(mock.handles(new Request('https://cdn.test/storage/v1/object/upload/sign/x?token=1'))).toBe(true);
    expect(mock.handles(new Request('https://host.test/app.js'))).toBe(false);
  });

  it('keeps mocks apart, and reset forgets everything but the clock', async () => {
    const a = harness();
    const b = harness();
    await migrationWith(a.client);
    expect(a.mock.inspect().migrations).toHaveLength(1);
    expect(b.mock.inspect().migrations).toHaveLength(0);
    a.mock.setScenario('failure');
    a.mock.injectFault({ type: '5xx', count: Number.POSITIVE_INFINITY, route: 'GET /nothing' });
    const before = a.mock.clock.now();
    a.mock.reset();
    expect(a.mock.inspect()).toEqual({ scenario: 'happy', migrations: [], companies: [], faults: [] });
    expect(a.mock.clock.now()).toBeGreaterThanOrEqual(before);
  });

  it('settles every run that can progress on its own, and reports the time it took', async () => {
    const { mock, client } = harness({ speed: 1 });
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    const ms = mock.settle();
    expect(ms).toBeGreaterThan(1_000);
    expect(ms).toBeLessThan(20_000);
    expect(mock.inspect().migrations[0]?.runs).toEqual([
      { run_id, kind: 'generate', status: 'awaiting_approval' },
    ]);
    expect(mock.settle()).toBe(0);
  });

  it('scales every phase with speed', async () => {
    const time = async (speed: number) => {
      const { mock, client } = harness({ speed });
      const id = await migrationWith(client);
      await client.startRun(id, { kind: 'generate' });
      return mock.settle();
    };
    const normal = await time(1);
    expect(await time(0.25)).toBe(normal / 4);
    expect(await time(0)).toBe(0);
  });
});
