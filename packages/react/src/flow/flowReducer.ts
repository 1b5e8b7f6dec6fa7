import { RUN_KINDS, type RunKind } from '@vernkit/core';

/** What a migration flow persists: enough to find the same run again after a reload. */
export interface FlowRecord {
  v: 1;
  migrationId: string | null;
  runId: string | null;
  /** The phase the run was last started or resumed for; the run's poll does not say. */
  kind: RunKind | null;
}

export type FlowEvent =
  | { type: 'migration_ready'; migrationId: string }
  /** A run was started, resumed (same id) or adopted through a 409. */
  | { type: 'run_started'; runId: string; kind: RunKind }
  /**
   * A resume was refused (409) while another step of this run is in flight: follow the run,
   * keeping the phase we knew for it, or none (the poll and its report tell) for a run this
   * tab did not know.
   */
  | { type: 'run_busy'; runId: string }
  /** The stored run no longer exists (404): forget it, keep the migration. */
  | { type: 'run_lost'; runId: string }
  | { type: 'reset' };

export const EMPTY_FLOW_RECORD: FlowRecord = { v: 1, migrationId: null, runId: null, kind: null };

export function flowReducer(state: FlowRecord, event: FlowEvent): FlowRecord {
  switch (event.type) {
    case 'migration_ready':
      if (state.migrationId === event.migrationId) return state;
      // Another migration: a run of the previous one means nothing here.
      return { v: 1, migrationId: event.migrationId, runId: null, kind: null };
    case 'run_started':
      if (!state.migrationId) return state;
      if (state.runId === event.runId && state.kind === event.kind) return state;
      return { ...state, runId: event.runId, kind: event.kind };
    case 'run_busy':
      if (!state.migrationId || state.runId === event.runId) return state;
      return { ...state, runId: event.runId, kind: null };
    case 'run_lost':
      if (state.runId !== event.runId) return state;
      return { ...state, runId: null, kind: null };
    case 'reset':
      if (state.runId === null && state.kind === null) return state;
      return { ...state, runId: null, kind: null };
  }
}

/** Storage is untrusted input: anything that is not a record of ours reads as nothing stored. */
export function parseFlowRecord(value: unknown): FlowRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.v !== 1) return null;
  const migrationId = typeof v.migrationId === 'string' && v.migrationId ? v.migrationId : null;
  const runId = migrationId && typeof v.runId === 'string' && v.runId ? v.runId : null;
  const kind = runId && (RUN_KINDS as readonly unknown[]).includes(v.kind) ? (v.kind as RunKind) : null;
  return { v: 1, migrationId, runId, kind };
}
