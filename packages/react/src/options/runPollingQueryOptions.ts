import { queryOptions } from '@tanstack/react-query';
import type { VernClient } from '@vernkit/core';
import { isTerminalFor, type Run, type RunKind, type VernApiError } from '@vernkit/core';
import type { vernKeys } from '../keys/vernKeys.ts';
import { pollingInterval } from '../polling/pollingInterval.ts';
import { runQueryOptions } from './runQueryOptions.ts';

/** Statuses where every phase stops polling, for callers that do not know the run's phase. */
const SETTLED_FOR_ANY_PHASE = new Set(['blocked', 'awaiting_approval', 'completed', 'failed', 'canceled']);

export interface RunPollingOptions {
  /**
   * The phase the run is in (the `kind` it was last started or resumed with). Polling stops at
   * that phase's terminal state (`isTerminalFor`). Without it, polling stops at any state that
   * ends some phase, which is right for `generate`/`update` but stops an `execute` that has not
   * left `awaiting_approval` yet.
   */
  kind?: RunKind | null;
}

/** Whether polling a run in `kind`'s phase is over at `status`. */
export function isRunSettled(kind: RunKind | null | undefined, status: Run['status']): boolean {
  return kind ? isTerminalFor(kind, status) : SETTLED_FOR_ANY_PHASE.has(status);
}

/**
 * A run, polled until it is terminal for its phase: ≈2 s while young, backing off as the phase
 * ages and on errors, paused in a hidden tab (TanStack's focus manager) and refreshed on return.
 *
 * @example
 * useQuery(runPollingQueryOptions(client, migrationId, runId, { kind: 'generate' }));
 */
export function runPollingQueryOptions(
  client: VernClient,
  migrationId: string,
  runId: string,
  { kind }: RunPollingOptions = {},
) {
  const interval = pollingInterval<Run, VernApiError, ReturnType<typeof vernKeys.run>>((run) =>
    isRunSettled(kind, run.status),
  );
  return queryOptions({
    ...runQueryOptions(client, migrationId, runId),
    refetchInterval: interval,
    // Fresh until the next poll is due: a component mounting mid-interval reads the shared
    // result instead of adding a request. A settled run is refetched on mount as usual.
    staleTime: (query) => interval(query) || 0,
  });
}
