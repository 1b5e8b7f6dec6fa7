import { backoffDelay, isVernApiError, type StartImportRequest, sleep, type VernClient } from '@vernkit/core';

export interface StartedImport {
  runId: string;
  /** The status the server answered with, or the adopted run's current one. */
  status: string;
  pollUrl: string | null;
  /** Another import was already in flight for the company and was adopted. */
  adopted: boolean;
}

function outcomeUnknown(error: unknown): boolean {
  return (
    isVernApiError(error) && (error.kind === 'network' || (error.kind === 'server' && error.status !== 501))
  );
}

/**
 * Start an import without ever starting two. With an `idempotency_key`, a lost response is
 * re-sent once and the server answers with the same run. A `409` (one import at a time per
 * company) adopts the run it names, or else the company's active import.
 */
export async function startImportRecovering(
  client: VernClient,
  companyId: string,
  body: StartImportRequest,
): Promise<StartedImport> {
  const attempt = async (): Promise<StartedImport> => {
    const accepted = await client.startImport(companyId, body);
    return {
      runId: accepted.run_id,
      status: accepted.status,
      pollUrl: accepted.poll_url ?? null,
      adopted: false,
    };
  };
  const adoptActive = async (error: unknown): Promise<StartedImport> => {
    if (isVernApiError(error) && error.runId) {
      const named = await client.getImport(companyId, error.runId).catch(() => null);
      return { runId: error.runId, status: named?.status ?? 'queued', pollUrl: null, adopted: true };
    }
    const active = await client.getActiveImport(companyId).catch(() => null);
    if (active?.run_id) return { runId: active.run_id, status: active.status, pollUrl: null, adopted: true };
    throw error;
  };
  const isConflict = (error: unknown) => isVernApiError(error) && error.kind === 'conflict';

  try {
    return await attempt();
  } catch (error) {
    if (isConflict(error)) return adoptActive(error);
    if (!(outcomeUnknown(error) && body.idempotency_key)) throw error;
  }
  await sleep(backoffDelay(1, { base: 500, cap: 2_000 }));
  try {
    return await attempt();
  } catch (error) {
    if (isConflict(error)) return adoptActive(error);
    throw error;
  }
}
