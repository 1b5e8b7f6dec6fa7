import { act, renderHook } from '@testing-library/react';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { usePreview } from './usePreview.ts';
import { useRunPolling } from './useRunPolling.ts';
import { useStartRun } from './useStartRun.ts';

const PREVIEW = /^\/migrations\/[^/]+\/preview$/;

describe('usePreview', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is fetched when the run reaches awaiting_approval, and again after each update', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(
      () => {
        const start = useStartRun(migrationId);
        const run = useRunPolling(migrationId, runId, { kind: start.data?.kind ?? 'generate' });
        const preview = usePreview(migrationId, { enabled: run.data?.status === 'awaiting_approval' });
        return { start, run, preview };
      },
      { wrapper: kit.wrapper },
    );
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(kit.count('GET', PREVIEW)).toBe(0);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data?.status).toBe('awaiting_approval');
    expect(kit.count('GET', PREVIEW)).toBe(1);
    const first = result.current.preview.data;
    expect(first?.sheets[0]?.rows[0]).toContain('Email');

    await act(() => result.current.start.mutateAsync({ kind: 'update', message: 'Drop the Phone column' }));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data?.status).toBe('awaiting_approval');
    expect(kit.count('GET', PREVIEW)).toBe(2);
    expect(result.current.preview.data).not.toBe(first);

    // Never on a timer or on focus: only per version.
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(kit.count('GET', PREVIEW)).toBe(2);
  });

  it('reports "no preview yet" as not_found', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId } = await seedRun(kit);
    const { result } = renderHook(() => usePreview(migrationId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.error).toMatchObject({ kind: 'not_found', status: 404 });
  });
});
