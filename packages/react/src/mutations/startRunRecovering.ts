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

function adopt(error: unknown, kind: RunKind): StartedRun | null {
  if (isVernApiError(error) && error.kind === 'conflict' && error.runId) {
    return { runId: error.runId, kind, status: null, pollUrl: null, adopted: true };
  }
  return null;
}

/**
 * Start (or resume) a run without ever running two. Only one run is in flight per migration,
 * so a `409` carrying `run_id` means "this one": adopt it. A response lost to the network (or a
 * 5xx, which leaves the outcome unknown) is recovered the same way: re-issue once, and either
 * the first request never landed (this one starts the run) or it did (409 → adopt).
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
    const adopted = adopt(error, body.kind);
    if (adopted) return adopted;
    if (!outcomeUnknown(error) || signal?.aborted) throw error;
  }
  await sleep(backoffDelay(1, { base: 500, cap: 2_000 }), signal);
  try {
    return started(await client.startRun(migrationId, body, { signal }));
  } catch (error) {
    const adopted = adopt(error, body.kind);
    if (adopted) return adopted;
    throw error;
  }
}
