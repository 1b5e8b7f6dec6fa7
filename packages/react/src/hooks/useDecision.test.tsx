import { act, renderHook } from '@testing-library/react';
import type { ImportRun } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { createTestKit, seedCompany, seedImportFile } from '../test/createTestKit.tsx';
import { useDecision } from './useDecision.ts';
import { useImportRun } from './useImportRun.ts';

async function parkedImport(scenario: 'flagged-rows' | 'repark' = 'flagged-rows') {
  const kit = createTestKit({ speed: 1, scenario });
  const companyId = await seedCompany(kit);
  const file = await seedImportFile(kit, companyId);
  const { run_id: runId } = await kit.client.startImport(companyId, { files: [file] });
  kit.mock.settle();
  const { result } = renderHook(
    () => ({ run: useImportRun(companyId, runId), decision: useDecision(companyId, runId) }),
    { wrapper: kit.wrapper },
  );
  await act(() => vi.advanceTimersByTimeAsync(0));
  expect(result.current.run.data?.status).toBe('needs_attention');
  return { kit, companyId, runId, result };
}

describe('useDecision', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('approves the proposed patch as is, shows the run running at once, and follows it to completed', async () => {
    const { kit, companyId, runId, result } = await parkedImport();
    const run = result.current.run.data;
    expect(
      run?.status === 'needs_attention' && run.needs_attention.proposed_patch?.actions.length,
    ).toBeGreaterThan(0);

    // Each fix re-validates; a later rule (here, contacts linking to companies) may park it again.
    for (let round = 0; round < 4 && result.current.run.data?.status === 'needs_attention'; round++) {
      await act(() => result.current.decision.approve());
      expect(kit.queryClient.getQueryData<ImportRun>(vernKeys.importRun(companyId, runId))?.status).toBe(
        'running',
      );
      await act(() => vi.advanceTimersByTimeAsync(30_000));
    }
    expect(result.current.run.data?.status).toBe('completed');
  });

  it('approves with answers, and parks again when rows still fail', async () => {
    const { result } = await parkedImport('repark');
    const run = result.current.run.data;
    if (run?.status !== 'needs_attention') throw new Error('not parked');
    const answers = run.needs_attention.questions.flatMap((q) => {
      const option = q.options[0];
      return option ? [{ question_id: q.id, option_id: option.id }] : [];
    });
    await act(() => result.current.decision.approve(answers));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data?.status).toBe('needs_attention');
  });

  it('rejects: the run ends failed', async () => {
    const { result } = await parkedImport();
    await act(() => result.current.decision.reject());
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current.run.data?.status).toBe('failed');
  });

  it('sends one decision when triggered twice, and a late one gets a conflict', async () => {
    const { kit, result } = await parkedImport();
    await act(() => Promise.all([result.current.decision.approve(), result.current.decision.approve()]));
    expect(kit.count('POST', /\/decisions$/)).toBe(1);
    await act(() => result.current.decision.reject().catch(() => undefined));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.decision.error).toMatchObject({ kind: 'conflict', status: 409 });
  });
});
