import { render } from '@testing-library/react';
import { pollDelay, useRunPolling } from '@vernkit/react';
import { until } from './clock.ts';
import { type CountingKit, count } from './countingKit.tsx';
import { CREATE, cleanContactsFile } from './script.ts';

const RUN_POLL = /^GET \/migrations\/:id\/runs\/:id$/;

function Watcher({
  migrationId,
  runId,
  onStatus,
}: {
  migrationId: string;
  runId: string;
  onStatus: (s: string) => void;
}) {
  const { data } = useRunPolling(migrationId, runId, { kind: 'generate' });
  if (data) onStatus(data.status);
  return null;
}

/**
 * `watchers` components mount at once on one `generate` run and poll it until the preview:
 * the run polls they cost together, and how long the run took.
 */
export async function watchRun(
  kit: CountingKit,
  watchers: number,
): Promise<{ polls: number; durationMs: number }> {
  const { migration } = await kit.client.createMigration(CREATE);
  await kit.client.uploadFiles(migration.id, [cleanContactsFile()]);
  const { run_id } = await kit.client.startRun(migration.id, { kind: 'generate' });
  const before = count(kit.requests, RUN_POLL);
  const startedAt = Date.now();
  let status = 'queued';
  const Wrapper = kit.wrapper;
  const view = render(
    <Wrapper>
      {Array.from({ length: watchers }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of identical watchers
        <Watcher key={i} migrationId={migration.id} runId={run_id} onStatus={(s) => (status = s)} />
      ))}
    </Wrapper>,
  );
  await until('the preview', () => status === 'awaiting_approval');
  const durationMs = Date.now() - startedAt;
  view.unmount();
  return { polls: count(kit.requests, RUN_POLL) - before, durationMs };
}

/** How many polls `pollDelay`'s schedule makes over a phase of `durationMs`: one per interval. */
export function scheduledPolls(durationMs: number): number {
  let polls = 1;
  let at = 0;
  while (at < durationMs) {
    at += pollDelay(at);
    polls++;
  }
  return polls;
}
