import { act, renderHook } from '@testing-library/react';
import { createTestKit, seedCompany, seedImportFile } from '../test/createTestKit.tsx';
import { useImportRun } from './useImportRun.ts';
import { useStartImport } from './useStartImport.ts';

const IMPORTS_POST = /^\/companies\/[^/]+\/imports$/;

describe('useStartImport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts an import and polls it until it needs attention', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'flagged-rows' });
    const companyId = await seedCompany(kit);
    const file = await seedImportFile(kit, companyId);
    const { result } = renderHook(
      () => {
        const start = useStartImport(companyId);
        return { start, run: useImportRun(companyId, start.data?.runId) };
      },
      { wrapper: kit.wrapper },
    );
    const started = await act(() => result.current.start.start({ files: [file] }));
    expect(started).toMatchObject({ status: 'queued', adopted: false });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data?.status).toBe('needs_attention');
    const parked = kit.count('GET', /\/imports\/[^/]+$/);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(kit.count('GET', /\/imports\/[^/]+$/)).toBe(parked);
  });

  it('re-sends a lost start with the same idempotency key and gets the same run', async () => {
    const kit = createTestKit({ speed: 1 });
    const companyId = await seedCompany(kit);
    const file = await seedImportFile(kit, companyId);
    kit.mock.injectFault({ type: 'lost-post-response', route: 'POST /companies/*/imports' });
    const { result } = renderHook(() => useStartImport(companyId), { wrapper: kit.wrapper });
    const pending = act(() => result.current.start({ files: [file] }));
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    const started = await pending;

    const imports = kit.mock.inspect().companies[0]?.imports ?? [];
    expect(imports).toHaveLength(1);
    expect(started.runId).toBe(imports[0]?.run_id);
    expect(kit.count('POST', IMPORTS_POST)).toBe(2);
  });

  it('sends a double-triggered start once, and adopts an import already running', async () => {
    const kit = createTestKit({ speed: 1 });
    const companyId = await seedCompany(kit);
    const file = await seedImportFile(kit, companyId);
    const { result } = renderHook(() => useStartImport(companyId), { wrapper: kit.wrapper });
    const [a, b] = await act(() =>
      Promise.all([result.current.start({ files: [file] }), result.current.start({ files: [file] })]),
    );
    expect(kit.count('POST', IMPORTS_POST)).toBe(1);
    expect(b.runId).toBe(a.runId);

    // A second import while the first runs: the server refuses, and the running one is adopted.
    const second = renderHook(() => useStartImport(companyId), { wrapper: kit.wrapper });
    const adopted = await act(() => second.result.current.start({ files: [file] }));
    expect(adopted).toMatchObject({ runId: a.runId, adopted: true });
    expect(kit.mock.inspect().companies[0]?.imports).toHaveLength(1);
  });
});
