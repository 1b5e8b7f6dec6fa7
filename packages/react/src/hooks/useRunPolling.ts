import { useQuery } from '@tanstack/react-query';
import { type RunPollingOptions, runPollingQueryOptions } from '../options/runPollingQueryOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';
import { useIsThreadLive } from './useIsThreadLive.ts';

/**
 * While a live stream carries the run's status, the timer slows to this (plus up to 20% jitter)
 * instead of stopping: a stream that goes quiet without closing (a buffering proxy, a half-open
 * socket) must not freeze the flow. A minute keeps 30 migrations watched on one page well under
 * Vern's ~100 requests/minute per key, and the jitter keeps them from polling in step.
 */
export const LIVE_SAFETY_POLL_MS = 60_000;

export interface UseRunPollingOptions extends RunPollingOptions {
  enabled?: boolean;
}

/**
 * A run, polled to the terminal state of its phase: ≈2 s, backing off as the phase ages and on
 * errors, paused in a hidden tab and refreshed when it shows again. Any number of components
 * watching the same run share one request per interval. While a live thread stream of the
 * migration is connected (`useThread`), its status events refresh the run and the timer slows
 * to a safety cadence (`LIVE_SAFETY_POLL_MS`).
 * A 401 or 404 stops polling and shows as the query's error.
 *
 * @example
 * const { data: run, error } = useRunPolling(migrationId, runId, { kind: 'generate' });
 */
export function useRunPolling(
  migrationId: string | null | undefined,
  runId: string | null | undefined,
  { kind, enabled = true }: UseRunPollingOptions = {},
) {
  const client = useVernClient();
  const live = useIsThreadLive(migrationId);
  const options = runPollingQueryOptions(client, migrationId ?? '', runId ?? '', { kind });
  const interval = options.refetchInterval;
  return useQuery({
    ...options,
    enabled: Boolean(migrationId && runId) && enabled,
    refetchInterval: live
      ? (query) => {
          const next = typeof interval === 'function' ? interval(query) : interval;
          if (next === false || next === undefined) return false;
          return Math.max(next, LIVE_SAFETY_POLL_MS * (1 + Math.random() * 0.2));
        }
      : interval,
  });
}
