import { act, renderHook } from '@testing-library/react';
import type { Run } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { createTestKit, seedMigration } from '../test/createTestKit.tsx';
import { useStartRun } from './useStartRun.ts';

const RUNS_POST = /^\/migrations\/[^/]+\/runs$/;

describe('useStartRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts a run and shows its status in the run query at once', async () => {
    const kit = createTestKit({ speed: 1 });
    const migrationId = await seedMigration(kit);
    const { result } = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const started = await act(() => result.current.mutateAsync({ kind: 'generate' }));
    expect(started).toMatchObject({ kind: 'generate', status: 'queued', adopted: false });
    expect(kit.queryClient.getQueryData<Run>(vernKeys.run(migrationId, started.runId))?.status).toBe(
      'queued',
    );
  });

  it('recovers a lost response: the run is adopted, not started twice', async () => {
    const kit = createTestKit({ speed: 1 });
    const migrationId = await seedMigration(kit);
    kit.mock.injectFault({ type: 'lost-post-response' });
    const { result } = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const pending = act(() => result.current.mutateAsync({ kind: 'generate' }));
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    const started = await pending;

    const runs = kit.mock.inspect().migrations[0]?.runs ?? [];
    expect(runs).toHaveLength(1);
    expect(started).toMatchObject({ runId: runs[0]?.run_id, adopted: true });
    expect(kit.count('POST', RUNS_POST)).toBe(2);
  });

  it('adopts the run a 409 names when one is already in flight', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'question' });
    const migrationId = await seedMigration(kit);
    const { run_id } = await kit.client.startRun(migrationId, { kind: 'generate' });
    const { result } = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const started = await act(() => result.current.mutateAsync({ kind: 'generate' }));
    expect(started).toMatchObject({ runId: run_id, adopted: true, status: null });
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('sends one request when triggered twice', async () => {
    const kit = createTestKit({ speed: 1 });
    const migrationId = await seedMigration(kit);
    const first = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const second = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const [a, b, c] = await act(() =>
      Promise.all([
        first.result.current.mutateAsync({ kind: 'generate' }),
        first.result.current.mutateAsync({ kind: 'generate' }),
        second.result.current.mutateAsync({ kind: 'generate' }),
      ]),
    );
    expect(kit.count('POST', RUNS_POST)).toBe(1);
    expect(b.runId).toBe(a.runId);
    expect(c.runId).toBe(a.runId);
  });

  it('shows a resumed run as running at once, not the preview it was', async () => {
    const kit = createTestKit({ speed: 1 });
    const migrationId = await seedMigration(kit);
    const { run_id } = await kit.client.startRun(migrationId, { kind: 'generate' });
    kit.mock.settle();
    kit.queryClient.setQueryData(
      vernKeys.run(migrationId, run_id),
      await kit.client.getRun(migrationId, run_id),
    );
    expect(kit.queryClient.getQueryData<Run>(vernKeys.run(migrationId, run_id))?.status).toBe(
      'awaiting_approval',
    );

    const { result } = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });
    const started = await act(() => result.current.mutateAsync({ kind: 'execute' }));
    expect(started).toMatchObject({ runId: run_id, status: 'running', adopted: false });
    expect(kit.queryClient.getQueryData<Run>(vernKeys.run(migrationId, run_id))?.status).toBe('running');
  });

  it('fails clearly on a 409 that names no run, and on bad input without sending it', async () => {
    const kit = createTestKit({ speed: 1 });
    const migrationId = await seedMigration(kit);
    const { result } = renderHook(() => useStartRun(migrationId), { wrapper: kit.wrapper });

    await act(() => result.current.mutateAsync({ kind: 'execute' }).catch(() => undefined));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.error).toMatchObject({ kind: 'conflict', status: 409, runId: undefined });

    const before = kit.requests.length;
    await act(() => result.current.mutateAsync({ kind: 'update', message: '  ' }).catch(() => undefined));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.error).toMatchObject({ kind: 'bad_request', status: 0 });
    expect(kit.requests.length).toBe(before);
  });
});
