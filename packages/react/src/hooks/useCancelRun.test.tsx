import { act, renderHook } from '@testing-library/react';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { useCancelRun } from './useCancelRun.ts';
import { useRunPolling } from './useRunPolling.ts';

describe('useCancelRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('cancels a running run: canceled at once, and polling stops', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(
      () => ({
        run: useRunPolling(migrationId, runId, { kind: 'generate' }),
        cancel: useCancelRun(migrationId, runId),
      }),
      { wrapper: kit.wrapper },
    );
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(result.current.run.data?.status).toMatch(/queued|running/);

    await act(() => Promise.all([result.current.cancel.mutateAsync(), result.current.cancel.mutateAsync()]));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.run.data?.status).toBe('canceled');
    expect(kit.count('PATCH', /\/runs\/[^/]+$/)).toBe(1);

    const polls = kit.count('GET', /\/runs\/[^/]+$/);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(kit.count('GET', /\/runs\/[^/]+$/)).toBe(polls);
  });
});
