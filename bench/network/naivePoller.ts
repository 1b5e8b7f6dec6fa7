import { isTerminalFor, type RunKind, sleep } from '@vernkit/core';
import { advance, perform } from './clock.ts';
import type { CountingKit } from './countingKit.tsx';
import type { RunCount } from './flowRun.tsx';
import { CREATE, firstOptions, IDLE_AFTER_MS, messyContactsFile, REVIEW_MS, THINK_MS } from './script.ts';

const NAIVE_INTERVAL_MS = 2_500;

/**
 * The baseline: the same customer on a client that polls the run every 2.5 s until the phase
 * ends (blocked included, as a fixed poller cannot tell a block from progress), no stream.
 */
async function naiveCustomer(kit: CountingKit, mark: (at: 'start' | 'done') => void): Promise<void> {
  const { client } = kit;
  const { migration } = await client.createMigration(CREATE);
  await client.uploadFiles(migration.id, [messyContactsFile()]);
  mark('start');
  const { run_id } = await client.startRun(migration.id, { kind: 'generate' });
  const pollUntil = async (kind: RunKind) => {
    while (true) {
      const run = await client.getRun(migration.id, run_id);
      if (isTerminalFor(kind, run.status) && run.status !== 'blocked') return run;
      if (run.status === 'blocked' && run.blocked_reason === 'question' && run.questions) {
        await sleep(THINK_MS);
        await client.answerQuestions(migration.id, run_id, firstOptions(run.questions));
        continue;
      }
      await sleep(NAIVE_INTERVAL_MS);
    }
  };
  await pollUntil('generate');
  await client.getPreview(migration.id);
  await sleep(REVIEW_MS);
  await client.startRun(migration.id, { kind: 'execute' });
  await pollUntil('execute');
  mark('done');
}

export async function naiveRun(kit: CountingKit): Promise<RunCount> {
  const marks = { start: 0, done: 0, startedAt: 0, doneAt: 0 };
  await perform('the naive poller', () =>
    naiveCustomer(kit, (at) => {
      marks[at] = kit.requests.length;
      marks[at === 'start' ? 'startedAt' : 'doneAt'] = Date.now();
    }),
  );
  await advance(IDLE_AFTER_MS);
  return {
    during: marks.done - marks.start,
    after: kit.requests.length - marks.done,
    durationMs: marks.doneAt - marks.startedAt,
    questionRounds: 0,
  };
}
