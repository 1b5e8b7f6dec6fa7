import {
  backoffDelay,
  isVernApiError,
  type RunKind,
  type StartRunRequest,
  sleep,
  type VernClient,
} from '@vernkit/core';

/** A run that `POST /runs` started, resumed, or (through a 409) found already in flight. */
export interface StartedRun {
  runId: string;
  /** The phase asked for. An adopted run may be in another phase; its poll tells. */
  kind: RunKind;
  /** What the server answered (`queued`, or `running` for a resume); `null` for an adopted run. */
  status: string | null;
  pollUrl: string | null;
  /** The run was already in flight and was adopted instead of started. */
  adopted: boolean;
}

/** Outcomes where the POST may have landed although no answer came back. */
function outcomeUnknown(error: unknown): boolean {
  return (
    isVernApiError(error) && (error.kind === 'network' || (error.kind === 'server' && error.status !== 501))
  );
}

function inFlightRunId(error: unknown): string | null {
  return isVernApiError(error) && error.kind === 'conflict' && error.runId ? error.runId : null;
}

const adopted = (runId: string, kind: RunKind): StartedRun => ({
  runId,
  kind,
  status: null,
  pollUrl: null,
  adopted: true,
});

/**
 * After a lost response, a 409 on the re-issue most likely names the run our first POST
 * started or resumed, but another tab may have started it instead. A run the first POST just
 * started or resumed is `queued` or `running`; one that is `blocked` was in flight before.
 * A failed re-read proves nothing either way, so the lost response is assumed to be ours.
 */
async function wasOurs(client: VernClient, migrationId: string, runId: string, signal?: AbortSignal) {
  try {
    const run = await client.getRun(migrationId, runId, { signal });
    return run.status === 'queued' || run.status === 'running';
  } catch {
    return true;
  }
}

/**
 * Start (or resume) a run without ever running two. Only one run is in flight per migration,
 * and one run id lives from `generate` through `execute`, so a `409` carrying `run_id` says
 * only that *some* phase of that run is busy:
 * - for `generate`, the run in flight is the mapping asked for (no preview exists to refine or
 *   execute without one): adopt it;
 * - for `update`, `clarify` and `execute` the request was refused while another step runs: the
 *   409 is rethrown (with its `runId`, so the caller can follow the run's real phase), never
 *   reported as the requested phase having started.
 * A response lost to the network (or a 5xx, which leaves the outcome unknown) is re-issued
 * once: either the first request never landed (this one starts the run) or it did, and the
 * 409 names our own run, confirmed by re-reading it.
 */
export async function startRunRecovering(
  client: VernClient,
  migrationId: string,
  body: StartRunRequest,
  signal?: AbortSignal,
): Promise<StartedRun> {
  const started = (accepted: {
    run_id: string;
    status: string;
    poll_url?: string | undefined;
  }): StartedRun => ({
    runId: accepted.run_id,
    kind: body.kind,
    status: accepted.status,
    pollUrl: accepted.poll_url ?? null,
    adopted: false,
  });
  try {
    return started(await client.startRun(migrationId, body, { signal }));
  } catch (error) {
    const runId = inFlightRunId(error);
    if (runId && body.kind === 'generate') return adopted(runId, body.kind);
    if (runId || !outcomeUnknown(error) || signal?.aborted) throw error;
  }
  await sleep(backoffDelay(1, { base: 500, cap: 2_000 }), signal);
  try {
    return started(await client.startRun(migrationId, body, { signal }));
  } catch (error) {
    const runId = inFlightRunId(error);
    if (runId && (body.kind === 'generate' || (await wasOurs(client, migrationId, runId, signal)))) {
      return adopted(runId, body.kind);
    }
    throw error;
  }
}
