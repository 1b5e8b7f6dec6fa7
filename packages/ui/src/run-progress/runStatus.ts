import type { ImportRun, Run } from '@vernkit/core';
import type { BadgeTone } from '../primitives/Badge.tsx';

export type AnyRun = Run | ImportRun;
export type AnyRunStatus = AnyRun['status'];

export interface RunStatusInfo {
  tone: BadgeTone;
  /** The agent is (or may still be) working: the clock ticks and the bar is indeterminate. */
  active: boolean;
  /** `PATCH … cancel_requested` makes sense: the run has not settled. */
  cancellable: boolean;
  /** The run stopped for good. */
  settled: boolean;
}

const INFO: Record<AnyRunStatus, RunStatusInfo> = {
  queued: { tone: 'neutral', active: true, cancellable: true, settled: false },
  running: { tone: 'primary', active: true, cancellable: true, settled: false },
  blocked: { tone: 'warning', active: false, cancellable: true, settled: false },
  needs_attention: { tone: 'warning', active: false, cancellable: false, settled: false },
  awaiting_approval: { tone: 'success', active: false, cancellable: false, settled: false },
  completed: { tone: 'success', active: false, cancellable: false, settled: true },
  failed: { tone: 'danger', active: false, cancellable: false, settled: true },
  canceled: { tone: 'neutral', active: false, cancellable: false, settled: true },
  // Polling goes on for an unknown status, so the clock does too; cancelling it is a guess we do not make.
  unknown: { tone: 'neutral', active: true, cancellable: false, settled: false },
};

export function runStatusInfo(status: AnyRunStatus): RunStatusInfo {
  return INFO[status] ?? INFO.unknown;
}

/** The run's progress message (`message`, read from `progress_message` too), if it has one. */
export function runMessage(run: AnyRun): string | null {
  if (
    (run.status === 'queued' || run.status === 'running') &&
    typeof run.message === 'string' &&
    run.message.trim()
  ) {
    return run.message;
  }
  return null;
}

export function runError(run: AnyRun): string | null {
  return run.status === 'failed' && typeof run.error === 'string' && run.error.trim() ? run.error : null;
}

export function blockedReason(run: AnyRun): string | null {
  return run.status === 'blocked' ? (run.blocked_reason ?? null) : null;
}
