import { renderHook } from '@testing-library/react';
import { createMemoryStorage, useMigrationFlow } from '@vernkit/react';
import { advance, perform, until } from './clock.ts';
import type { CountingKit } from './countingKit.tsx';
import { CREATE, firstOptions, IDLE_AFTER_MS, messyContactsFile, REVIEW_MS, THINK_MS } from './script.ts';

export interface RunCount {
  /** Requests from the `generate` POST to the report. */
  during: number;
  /** Requests in the idle minutes after the report. */
  after: number;
  /** Simulated time from `generate` to the report. */
  durationMs: number;
  questionRounds: number;
}

/** The scripted customer, driven through `useMigrationFlow` (the thread streamed live or not). */
export async function flowRun(kit: CountingKit, { live }: { live: boolean }): Promise<RunCount> {
  const storage = createMemoryStorage();
  const { result, unmount } = renderHook(() => useMigrationFlow({ create: CREATE, storage, live }), {
    wrapper: kit.wrapper,
  });
  const flow = () => result.current;
  const expectOk = (what: string, outcome: { ok: boolean; error?: unknown }) => {
    if (!outcome.ok) throw new Error(`bench: ${what} failed: ${String(outcome.error)}`);
  };

  await until('the migration', () => flow().step === 'files' && !flow().isLoading);
  expectOk('upload', await perform('the upload', () => flow().upload([messyContactsFile()])));

  const startIndex = kit.requests.length;
  const startedAt = Date.now();
  expectOk('generate', await perform('generate', () => flow().generate()));
  let questionRounds = 0;
  while (true) {
    await until('a question or the preview', () => flow().step === 'blocked' || flow().step === 'preview');
    const blocked = flow().blocked;
    if (flow().step === 'preview' || blocked?.reason !== 'question') break;
    questionRounds++;
    await advance(THINK_MS);
    expectOk('answer', await perform('the answer', () => flow().answer(firstOptions(blocked.questions))));
  }
  await advance(REVIEW_MS);
  expectOk('execute', await perform('execute', () => flow().execute()));
  await until('the report', () => flow().step === 'report');
  const durationMs = Date.now() - startedAt;
  const doneIndex = kit.requests.length;

  await advance(IDLE_AFTER_MS);
  const after = kit.requests.length - doneIndex;
  unmount();
  return { during: doneIndex - startIndex, after, durationMs, questionRounds };
}
