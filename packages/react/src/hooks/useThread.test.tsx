import { act, renderHook } from '@testing-library/react';
import { createVernMock } from '@vernkit/mock';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { LIVE_SAFETY_POLL_MS, useRunPolling } from './useRunPolling.ts';
import { useThread } from './useThread.ts';

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;
const STREAM = /^\/migrations\/[^/]+\/thread\/stream$/;
const SNAPSHOT = /^\/migrations\/[^/]+\/thread$/;

describe('useThread', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('streams the thread live, and the stream replaces the run timer while connected', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'stale' });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(
      () => ({
        thread: useThread(migrationId),
        run: useRunPolling(migrationId, runId, { kind: 'generate' }),
      }),
      { wrapper: kit.wrapper },
    );
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(result.current.thread.connection).toBe('live');
    expect(result.current.thread.events.length).toBeGreaterThan(0);
    expect(result.current.run.data?.status).toBe('running');

    // The engine hangs: nothing happens, and while the stream is open the run is polled only at the
    // slow safety cadence (at most twice in 20 s, where the timer alone would poll 8–10 times).
    const quiet = kit.count('GET', RUN_GET);
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(kit.count('GET', RUN_GET) - quiet).toBeLessThanOrEqual(Math.ceil(20_000 / LIVE_SAFETY_POLL_MS));

    // The sweep fails the run; the stream reports it and ends; the run is refreshed.
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data).toMatchObject({ status: 'failed', error: 'Import timed out' });
    expect(result.current.thread.connection).toBe('idle');
    expect(kit.count('GET', STREAM)).toBe(1);
  });

  it('resumes after dropped connections with no event missing or repeated', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({ type: 'sse-drop', count: 3 });
    const { migrationId } = await seedRun(kit);
    const { result } = renderHook(() => useThread(migrationId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(60_000));

    const truth = await kit.client.getThread(migrationId, { include: 'user' });
    const sequences = result.current.events.map((e) => e.sequence);
    expect(sequences).toEqual(truth.events.map((e) => e.sequence));
    expect(new Set(sequences).size).toBe(sequences.length);
    // Each drop reconnected from the cursor.
    const resumes = kit.requests.filter((r) => STREAM.test(r.path) && r.search.includes('after='));
    expect(resumes.length).toBeGreaterThanOrEqual(3);
  });

  it('falls back to snapshot polling when streaming fails, and still gets every event', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({
      type: '5xx',
      status: 502,
      count: Number.POSITIVE_INFINITY,
      route: 'GET /migrations/*/thread/stream',
    });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(
      () => ({
        thread: useThread(migrationId),
        run: useRunPolling(migrationId, runId, { kind: 'generate' }),
      }),
      { wrapper: kit.wrapper },
    );
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(result.current.thread.connection).toBe('polling');
    expect(result.current.thread.error).toBeNull();
    expect(kit.count('GET', SNAPSHOT)).toBeGreaterThan(0);
    // Run polling carried on meanwhile.
    expect(result.current.run.data?.status).toBe('awaiting_approval');

    const truth = await kit.client.getThread(migrationId, { include: 'user' });
    expect(result.current.thread.events.map((e) => e.sequence)).toEqual(truth.events.map((e) => e.sequence));
  });

  it('shares one stream between components', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId } = await seedRun(kit);
    const a = renderHook(() => useThread(migrationId), { wrapper: kit.wrapper });
    const b = renderHook(() => useThread(migrationId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(kit.count('GET', STREAM)).toBe(1);
    expect(b.result.current.events).toBe(a.result.current.events);
  });

  it('reads snapshots only when live is off', async () => {
    const kit = createTestKit({ speed: 0 });
    const { migrationId } = await seedRun(kit);
    const { result } = renderHook(() => useThread(migrationId, { live: false, include: 'tools' }), {
      wrapper: kit.wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(kit.count('GET', STREAM)).toBe(0);
    expect(result.current.connection).toBe('idle');
    expect(result.current.events.some((e) => e.type === 'tool_call')).toBe(true);
  });

  it('surfaces a missing migration as a not_found error, without a retry loop', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderHook(() => useThread('no-such-migration'), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.error?.kind).toBe('not_found');
    // One stream attempt, one snapshot attempt (in case only streaming was missing), then nothing.
    expect(kit.count('GET', STREAM)).toBe(1);
    expect(kit.count('GET', SNAPSHOT)).toBe(1);
  });

  it('surfaces a 401 as one auth error', async () => {
    const mock = createVernMock({ speed: 1, apiKey: 'right-key' });
    const { migrationId } = await seedRun(createTestKit({ mock, apiKey: 'right-key' }));
    const kit = createTestKit({ mock, apiKey: 'revoked-key' });
    const { result } = renderHook(() => useThread(migrationId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.error?.kind).toBe('auth');
    expect(kit.count('GET', STREAM)).toBe(1);
    expect(kit.count('GET', SNAPSHOT)).toBe(0);
  });
});
