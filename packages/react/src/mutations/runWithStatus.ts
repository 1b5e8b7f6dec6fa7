import { IMPORT_RUN_STATUSES, type ImportRun, RUN_STATUSES, type Run } from '@vernkit/core';

// What a mutation's answer (`{ run_id, status }`, already validated by the client) says about a
// run, shown at once until the next read. Shaped here as RunSchema / ImportRunSchema shape a
// run, so the mutations need no zod: a known status as it is, anything else as `unknown` with
// the original in `raw_status`. A status that waits on the user (`blocked`, `needs_attention`)
// is `undefined`: its questions come only with a read, and polling stops there, so the caller
// reads the run instead of showing an empty question list.

/** A status of `list` other than `waiting`. */
const shownStatus = <T extends string, W extends T>(
  list: readonly T[],
  waiting: W,
  status: string,
): status is Exclude<T, W> => status !== waiting && (list as readonly string[]).includes(status);

export function runWithStatus(runId: string, status: string, old: Run | undefined): Run | undefined {
  const base = {
    run_id: runId,
    ...(old?.created_at ? { created_at: old.created_at } : {}),
    ...(old?.answers !== undefined ? { answers: old.answers } : {}),
  };
  if (shownStatus(RUN_STATUSES, 'blocked', status)) return { ...base, status };
  if (status === 'blocked') return undefined;
  return { ...base, status: 'unknown', raw_status: status };
}

export function importRunWithStatus(
  runId: string,
  status: string,
  old: ImportRun | undefined,
): ImportRun | undefined {
  const base = { run_id: runId, ...(old?.created_at ? { created_at: old.created_at } : {}) };
  if (shownStatus(IMPORT_RUN_STATUSES, 'needs_attention', status)) return { ...base, status };
  if (status === 'needs_attention') return undefined;
  return { ...base, status: 'unknown', raw_status: status };
}
