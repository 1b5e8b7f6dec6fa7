import { act, renderHook } from '@testing-library/react';
import type { Fault } from '@vernkit/mock';
import { createVernMock } from '@vernkit/mock';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { useRun } from './useRun.ts';

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;

describe('useRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads a run once, without polling', async () => {
    const kit = createTestKit({ speed: 1 });
    const { migrationId, runId } = await seedRun(kit);
    const { result } = renderHook(() => useRun(migrationId, runId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.data).toMatchObject({ run_id: runId, status: 'queued' });
    expect(kit.count('GET', RUN_GET)).toBe(1);
  });

  it('waits for both ids', async () => {
    const kit = createTestKit();
    const { migrationId } = await seedRun(kit);
    const { result } = renderHook(() => useRun(migrationId, null), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.fetchStatus).toBe('idle');
    expect(kit.requests).toHaveLength(0);
  });

  it.each<[string, Fault, string]>([
    [
      'a 5xx that outlasts the client’s retries',
      { type: '5xx', count: 20, route: 'GET /migrations/*/runs/*' },
      'server',
    ],
    [
      'rate limiting that outlasts them',
      { type: '429-burst', count: 20, route: 'GET /migrations/*/runs/*' },
      'rate_limited',
    ],
    [
      'a lost connection',
      { type: 'lost-post-response', count: 20, route: 'GET /migrations/*/runs/*' },
      'network',
    ],
    [
      'a body that is not a run',
      { type: 'malformed-body', count: 1, route: 'GET /migrations/*/runs/*' },
      'invalid_response',
    ],
  ])('turns %s into a typed error', async (_, fault, kind) => {
    const kit = createTestKit();
    const { migrationId, runId } = await seedRun(kit);
    kit.mock.injectFault(fault);
    const { result } = renderHook(() => useRun(migrationId, runId), { wrapper: kit.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(result.current.error?.kind).toBe(kind);
    expect(result.current.error?.name).toBe('VernApiError');
  });

  it('reports a missing run as not_found and an unknown key as auth, each after one request', async () => {
    const mock = createVernMock({ speed: 0, apiKey: 'right-key' });
    const { migrationId, runId } = await seedRun(createTestKit({ mock, apiKey: 'right-key' }));

    const ok = createTestKit({ mock, apiKey: 'right-key' });
    const missing = renderHook(() => useRun(migrationId, 'no-such-run'), { wrapper: ok.wrapper });
    const denied = createTestKit({ mock, apiKey: 'wrong-key' });
    const refused = renderHook(() => useRun(migrationId, runId), { wrapper: denied.wrapper });
    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(missing.result.current.error).toMatchObject({ kind: 'not_found', status: 404 });
    expect(refused.result.current.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(ok.count('GET', RUN_GET)).toBe(1);
    expect(denied.count('GET', RUN_GET)).toBe(1);
  });
});
