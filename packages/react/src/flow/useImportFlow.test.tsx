import { act, renderHook } from '@testing-library/react';
import { createMemoryStorage } from '../storage/createMemoryStorage.ts';
import {
  CONTACTS_CSV,
  createTestKit,
  csvFile,
  MESSY_CONTACTS_CSV,
  seedCompany,
  type TestKit,
} from '../test/createTestKit.tsx';
import { type UseImportFlowOptions, useImportFlow } from './useImportFlow.ts';

const IMPORTS_POST = /^\/companies\/[^/]+\/imports$/;
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderFlow(kit: TestKit, options: UseImportFlowOptions) {
  const storage = options.storage ?? createMemoryStorage();
  const view = renderHook(() => useImportFlow({ ...options, storage }), { wrapper: kit.wrapper });
  return { ...view, storage };
}

describe('useImportFlow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('uploads, imports, parks at needs_attention, and completes after approval', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'flagged-rows' });
    const companyId = await seedCompany(kit);
    const { result } = renderFlow(kit, { companyId });
    await wait(0);
    expect(result.current).toMatchObject({ step: 'files', allowed: ['upload', 'reset'] });

    expect(await act(() => result.current.upload([csvFile('contacts.csv', MESSY_CONTACTS_CSV)]))).toEqual({
      ok: true,
    });
    expect(result.current.files).toEqual([{ name: 'contacts.csv', upload_ref: expect.any(String) }]);
    expect(result.current.allowed).toEqual(['upload', 'start', 'reset']);

    expect(await act(() => result.current.start())).toEqual({ ok: true });
    expect(result.current.step).toBe('importing');
    await wait(30_000);
    expect(result.current.step).toBe('needs_attention');
    for (let round = 0; round < 4 && result.current.step === 'needs_attention'; round++) {
      expect(result.current.allowed).toEqual(['approve', 'reject']);
      expect(result.current.needsAttention?.proposed_patch?.actions.length).toBeGreaterThan(0);
      expect(await act(() => result.current.approve())).toEqual({ ok: true });
      await wait(30_000);
    }
    expect(result.current.step).toBe('completed');
    expect(result.current.report?.inserted).toBeGreaterThan(0);
  });

  it('rejects a proposed fix: the import ends failed', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'flagged-rows' });
    const companyId = await seedCompany(kit);
    const { result } = renderFlow(kit, { companyId });
    await wait(0);
    await act(() => result.current.upload([csvFile('contacts.csv', MESSY_CONTACTS_CSV)]));
    await act(() => result.current.start());
    await wait(30_000);
    expect(result.current.step).toBe('needs_attention');
    await act(() => result.current.reject());
    await wait(30_000);
    expect(result.current.step).toBe('failed');
  });

  it('resumes the stored run after a reload', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const companyId = await seedCompany(kit);
    const first = renderFlow(kit, { companyId });
    await wait(0);
    await act(() => first.result.current.upload([csvFile('contacts.csv', CONTACTS_CSV)]));
    await act(() => first.result.current.start());
    const { runId } = first.result.current;
    first.unmount();

    const reloaded = kit.reload();
    const second = renderFlow(reloaded, { companyId, storage: first.storage });
    await wait(0);
    expect(second.result.current).toMatchObject({ runId, step: 'importing' });
    await wait(120_000);
    expect(second.result.current.step).not.toBe('importing');
    expect(reloaded.count('POST', IMPORTS_POST)).toBe(0);
  });

  it('finds the running import through the active-run lookup when nothing was stored', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const companyId = await seedCompany(kit);
    const first = renderFlow(kit, { companyId });
    await wait(0);
    await act(() => first.result.current.upload([csvFile()]));
    await act(() => first.result.current.start());
    const { runId } = first.result.current;
    first.unmount();

    const tab = kit.reload();
    const second = renderFlow(tab, { companyId, storage: createMemoryStorage() });
    await wait(0);
    expect(second.result.current).toMatchObject({ runId, step: 'importing' });
    expect(tab.count('POST', IMPORTS_POST)).toBe(0);
  });

  it('a second tab on the shared storage follows the files and the import started in the first, and sends nothing', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const companyId = await seedCompany(kit);
    const first = renderFlow(kit, { companyId });
    const tab = kit.reload();
    const second = renderFlow(tab, { companyId, storage: first.storage });
    await wait(0);
    expect(second.result.current.step).toBe('files');

    await act(() => first.result.current.upload([csvFile('contacts.csv', CONTACTS_CSV)]));
    expect(second.result.current.files).toEqual(first.result.current.files);
    // The first tab's start writes its key before the POST: the second tab waits for the run
    // instead of sending that start again.
    await act(() => first.result.current.start());
    await wait(0);
    expect(second.result.current).toMatchObject({ runId: first.result.current.runId, step: 'importing' });
    await wait(120_000);
    expect(second.result.current.step).toBe(first.result.current.step);
    expect(tab.count('POST', IMPORTS_POST)).toBe(0);
    expect(kit.mock.inspect().companies[0]?.imports).toHaveLength(1);
  });

  it('finishes a start whose answer was lost, with the same idempotency key: one import', async () => {
    const kit = createTestKit({ speed: 0 });
    const companyId = await seedCompany(kit);
    const first = renderFlow(kit, { companyId });
    await wait(0);
    await act(() => first.result.current.upload([csvFile('contacts.csv', CONTACTS_CSV)]));
    kit.mock.injectFault({ type: 'lost-post-response', route: 'POST /companies/*/imports' });
    void first.result.current.start();
    await act(async () => {
      await Promise.resolve();
    });
    first.unmount(); // the page goes away before the re-send
    expect(first.storage.getItem(`vernkit:import-flow:${companyId}`)).toContain('idempotencyKey');

    const reloaded = kit.reload();
    const second = renderFlow(reloaded, { companyId, storage: first.storage });
    await wait(5_000);
    const imports = kit.mock.inspect().companies[0]?.imports ?? [];
    expect(imports).toHaveLength(1);
    expect(second.result.current.runId).toBe(imports[0]?.run_id);
    expect(second.result.current.step).not.toBe('files');
  });
});
