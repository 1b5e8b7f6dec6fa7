import type { ThreadEvent } from '@vernkit/core';

/**
 * How the thread is being followed:
 * - `connecting`: a stream is being opened (or re-opened after a drop);
 * - `live`: the stream is delivering events, and run polling is paused in its favour;
 * - `polling`: streaming failed, snapshots are fetched on the polling schedule instead;
 * - `idle`: nothing to follow (the stream ended with `done`: no run is active), or `live` is off.
 */
export type ThreadConnection = 'connecting' | 'live' | 'polling' | 'idle';

export interface ThreadData {
  /** Unique by `sequence`, ascending. */
  events: ThreadEvent[];
  /** The resume cursor: the highest sequence received. */
  lastSequence: number | null;
  connection: ThreadConnection;
  /** Consecutive stream failures, for the backoff before streaming is tried again. */
  streamFailures: number;
  /** When streaming last failed (ms since epoch), or `null`. */
  streamFailedAt: number | null;
}

export const EMPTY_THREAD: ThreadData = {
  events: [],
  lastSequence: null,
  connection: 'idle',
  streamFailures: 0,
  streamFailedAt: null,
};

/**
 * Add events, dropping any already held: a resumed stream, a snapshot page and a second tab
 * can all deliver the same sequence, and none may show twice. Returns `thread` itself when
 * nothing is new, so observers do not re-render.
 */
export function mergeThreadEvents(thread: ThreadData, incoming: readonly ThreadEvent[]): ThreadData {
  if (incoming.length === 0) return thread;
  let events: ThreadEvent[] | null = null;
  let last = thread.lastSequence;
  for (const event of incoming) {
    const list = events ?? thread.events;
    if (last === null || event.sequence > last) {
      events ??= [...thread.events];
      events.push(event);
      last = event.sequence;
      continue;
    }
    const at = insertionIndex(list, event.sequence);
    if (list[at]?.sequence === event.sequence) continue;
    events ??= [...thread.events];
    events.splice(at, 0, event);
  }
  return events ? { ...thread, events, lastSequence: last } : thread;
}

function insertionIndex(events: readonly ThreadEvent[], sequence: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid]?.sequence ?? 0) < sequence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Event types after which the run's status may have changed: refresh the run instead of waiting for a timer. */
export const STATUS_BEARING_EVENTS: ReadonlySet<string> = new Set([
  'status',
  'preview',
  'completed',
  'error',
  'request_input',
]);
