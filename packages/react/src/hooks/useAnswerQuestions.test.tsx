import { act, renderHook } from '@testing-library/react';
import type { Run } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { useAnswerQuestions } from './useAnswerQuestions.ts';
import { useRunPolling } from './useRunPolling.ts';

const MESSAGES = /^\/migrations\/[^/]+\/runs\/[^/]+\/messages$/;

async function blockedOnQuestion() {
  const kit = createTestKit({ speed: 1, scenario: 'question' });
  const ids = await seedRun(kit);
  kit.mock.settle();
  const { result } = renderHook(
    () => ({
      run: useRunPolling(ids.migrationId, ids.runId, { kind: 'generate' }),
      answer: useAnswerQuestions(ids.migrationId, ids.runId),
    }),
    { wrapper: kit.wrapper },
  );
  await act(() => vi.advanceTimersByTimeAsync(0));
  const run = result.current.run.data;
  if (run?.status !== 'blocked') throw new Error(`expected a blocked run, got ${run?.status}`);
  return { kit, ...ids, result, question: run.questions[0] };
}

describe('useAnswerQuestions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers with options, shows the run running at once, and follows it to the preview', async () => {
    const { kit, migrationId, runId, result } = await blockedOnQuestion();
    // The agent may ask again after an answer; each block comes from the poll.
    for (let round = 0; round < 6 && result.current.run.data?.status === 'blocked'; round++) {
      const run = result.current.run.data;
      const answers = run.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep as is' }));
      await act(() => result.current.answer.mutateAsync(answers));
      expect(kit.queryClient.getQueryData<Run>(vernKeys.run(migrationId, runId))?.status).toBe('running');
      await act(() => vi.advanceTimersByTimeAsync(30_000));
    }
    expect(result.current.run.data?.status).toBe('awaiting_approval');
    expect(result.current.run.data?.answers).toBeDefined();
  });

  it('answers free-form', async () => {
    const { kit, result } = await blockedOnQuestion();
    const resumed = await act(() =>
      result.current.answer.mutateAsync('Use the mobile number when the phone is empty.'),
    );
    expect(resumed.status).toBe('running');
    expect(kit.count('POST', MESSAGES)).toBe(1);
  });

  it('sends a double-submitted answer once', async () => {
    const { kit, result, question } = await blockedOnQuestion();
    const answers = [{ id: question?.id ?? '', value: question?.options[0]?.label ?? '' }];
    await act(() =>
      Promise.all([
        result.current.answer.mutateAsync(answers),
        result.current.answer.mutateAsync([...answers]),
      ]),
    );
    expect(kit.count('POST', MESSAGES)).toBe(1);
  });

  it('keeps a refused answer and re-reads the run: answered elsewhere means no question any more', async () => {
    const { kit, migrationId, runId, result, question } = await blockedOnQuestion();
    // Another tab answers first.
    await kit.client.answerQuestions(migrationId, runId, 'Answered in another tab');
    const mine = [{ id: question?.id ?? '', value: 'Mine' }];
    await act(() => result.current.answer.mutateAsync(mine).catch(() => undefined));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.answer.error).toMatchObject({ kind: 'conflict', status: 409 });
    expect(result.current.answer.variables).toEqual(mine);
    expect(result.current.run.data?.status).not.toBe('blocked');
  });

  it('refuses an empty answer before sending it', async () => {
    const { kit, result } = await blockedOnQuestion();
    await act(() => result.current.answer.mutateAsync([]).catch(() => undefined));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.answer.error).toMatchObject({ kind: 'bad_request', status: 0 });
    expect(kit.count('POST', MESSAGES)).toBe(0);
  });
});
