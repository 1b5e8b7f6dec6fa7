import { act, renderHook } from '@testing-library/react';
import { createVernMock } from '@vernkit/mock';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { useRunPolling } from './useRunPolling.ts';

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

describe('useRunPolling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  it('polls every 2 s and stops at the terminal state for the phase', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(() => useRunPolling(migrationId, runId, { kind: 'generate' }), {
      wrapper: kit.wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.data?.status).toMatch(/queued|running/);
    expect(kit.count('GET', RUN_GET)).toBe(1);

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(kit.count('GET', RUN_GET)).toBe(2);

    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(result.current.data?.status).toBe('awaiting_approval');
    const atEnd = kit.count('GET', RUN_GET);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(kit.count('GET', RUN_GET)).toBe(atEnd);
  });

  it.each([
    ['question', 'generate', 'blocked'],
    ['failure', 'generate', 'failed'],
    ['happy', 'generate', 'awaiting_approval'],
  ] as const)('stops polling a %s %s run at %s', async (scenario, kind, terminal) => {
    const kit = createTestKit({ speed: 1, scenario });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(() => useRunPolling(migrationId, runId, { kind }), {
      wrapper: kit.wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.data?.status).toBe(terminal);
    const settled = kit.count('GET', RUN_GET);
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(kit.count('GET', RUN_GET)).toBe(settled);
  });

  it('keeps polling an execute past awaiting_approval, to completed', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId, runId } = await seedRun(kit);
    kit.mock.settle();
    await kit.client.startRun(migrationId, { kind: 'execute' });
    const { result } = renderHook(() => useRunPolling(migrationId, runId, { kind: 'execute' }), {
      wrapper: kit.wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.data?.status).toBe('completed');
    const settled = kit.count('GET', RUN_GET);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(kit.count('GET', RUN_GET)).toBe(settled);
  });

  it('shows an unknown status as such and keeps polling it, backing off as the run ages', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({
      type: 'unknown-status',
      value: 'paused_for_review',
      count: Number.POSITIVE_INFINITY,
    });
    const { migrationId, runId } = await seedRun(kit);
    const times: number[] = [];
    const { result } = renderHook(() => useRunPolling(migrationId, runId, { kind: 'generate' }), {
      wrapper: kit.wrapper,
    });
    const seen = () => {
      while (times.length < kit.count('GET', RUN_GET)) times.push(Date.now());
    };
    for (let t = 0; t < 20 * 60_000; t += 500) {
      await act(() => vi.advanceTimersByTimeAsync(500));
      seen();
    }
    expect(result.current.data).toMatchObject({ status: 'unknown', raw_status: 'paused_for_review' });
    const start = times[0] ?? 0;
    const gapAt = (age: number) => {
      const i = times.findIndex((t) => t - start >= age);
      return (times[i + 1] ?? 0) - (times[i] ?? 0);
    };
    expect(gapAt(5_000)).toBe(2_000);
    expect(gapAt(60_000)).toBe(3_000);
    expect(gapAt(200_000)).toBe(5_000);
    expect(gapAt(600_000)).toBe(10_000);
    expect(gapAt(1_000_000)).toBe(15_000);
    // Twenty minutes of polling stays well inside the 100 requests/minute budget.
    expect(times.length).toBeLessThan(200);
  });

  it('sends one request per interval however many components watch the run', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({ type: 'unknown-status', count: Number.POSITIVE_INFINITY });
    const { migrationId, runId } = await seedRun(kit);
    const watch = () => renderHook(() => useRunPolling(migrationId, runId), { wrapper: kit.wrapper });
    const watchers = Array.from({ length: 20 }, watch);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(kit.count('GET', RUN_GET)).toBe(1);
    // Watchers coming and going mid-interval neither add requests nor shift the schedule.
    await act(() => vi.advanceTimersByTimeAsync(900));
    watchers[3]?.unmount();
    watch();
    await act(() => vi.advanceTimersByTimeAsync(9_100));
    expect(kit.count('GET', RUN_GET)).toBe(1 + 5);
    expect(watchers.every((w, i) => i === 3 || w.result.current.data?.status === 'unknown')).toBe(true);
  });

  it('pauses in a hidden tab and refreshes when it shows again', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({ type: 'unknown-status', count: Number.POSITIVE_INFINITY });
    const { migrationId, runId } = await seedRun(kit);
    renderHook(() => useRunPolling(migrationId, runId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(4_000));
    const before = kit.count('GET', RUN_GET);
    expect(before).toBe(3);

    act(() => setVisibility('hidden'));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(kit.count('GET', RUN_GET)).toBe(before);

    act(() => setVisibility('visible'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(kit.count('GET', RUN_GET)).toBe(before + 1);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(kit.count('GET', RUN_GET)).toBeGreaterThan(before + 1);
  });

  it('stops at a 404 with a not_found error, without retrying', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(() => useRunPolling(migrationId, `${runId}-gone`), {
      wrapper: kit.wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.error?.kind).toBe('not_found');
    expect(kit.count('GET', RUN_GET)).toBe(1);
  });

  it('stops at a 401 with one auth error: no retry storm', async () => {
    const mock = createVernMock({ speed: 1, apiKey: 'right-key' });
    const seeded = createTestKit({ mock, apiKey: 'right-key' });
    const { migrationId, runId } = await seedRun(seeded);
    const kit = createTestKit({ mock, apiKey: 'revoked-key' });
    const { result } = renderHook(() => useRunPolling(migrationId, runId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.error?.kind).toBe('auth');
    await act(() => setVisibility('hidden'));
    await act(() => setVisibility('visible'));
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(kit.count('GET', RUN_GET)).toBe(1);
  });

  it('keeps polling through server errors, backing off', async () => {
    const kit = createTestKit({ speed: 1 });
    kit.mock.injectFault({ type: 'unknown-status', count: Number.POSITIVE_INFINITY });
    const { migrationId, runId } = await seedRun(kit);
    kit.mock.injectFault({ type: '5xx', status: 503, count: 8, route: 'GET /migrations/*/runs/*' });
    const { result } = renderHook(() => useRunPolling(migrationId, runId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    // The client retried each read, the hook polled on, and the run came back.
    expect(result.current.error).toBeNull();
    expect(result.current.data?.status).toBe('unknown');
  });
});
