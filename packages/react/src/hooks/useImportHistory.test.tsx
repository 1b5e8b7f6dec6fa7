import { act, renderHook, waitFor } from '@testing-library/react';
import { createTestKit, seedCompany, seedImportFile } from '../test/createTestKit.tsx';
import { useActiveImport } from './useActiveImport.ts';
import { useImportHistory } from './useImportHistory.ts';

describe('useActiveImport and useImportHistory', () => {
  it('find the running import, and page through the history newest first', async () => {
    const kit = createTestKit({ speed: 0 });
    const companyId = await seedCompany(kit);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const file = await seedImportFile(kit, companyId);
      const { run_id } = await kit.client.startImport(companyId, { files: [file] });
      await kit.client.decideImport(companyId, run_id, { decision: 'reject' }).catch(() => undefined);
      kit.mock.settle();
      ids.push(run_id);
    }
    const file = await seedImportFile(kit, companyId);
    kit.mock.setScenario('slow');
    const { run_id: active } = await kit.client.startImport(companyId, { files: [file] });

    const { result } = renderHook(
      () => ({ active: useActiveImport(companyId), history: useImportHistory(companyId, { limit: 2 }) }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.active.data?.run_id).toBe(active));
    await waitFor(() => expect(result.current.history.hasNextPage).toBe(true));
    await act(async () => {
      await result.current.history.fetchNextPage();
    });
    await waitFor(() => {
      const runs = result.current.history.data?.pages.flatMap((p) => p.runs.map((r) => r.run_id)) ?? [];
      expect(runs).toEqual([active, ...ids.slice().reverse()]);
    });
  });

  it('reads "nothing in flight" as null', async () => {
    const kit = createTestKit();
    const companyId = await seedCompany(kit);
    const { result } = renderHook(() => useActiveImport(companyId), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });
});
