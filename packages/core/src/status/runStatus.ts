import type { ImportRun, ImportRunStatus } from '../schemas/imports.ts';
import type { Run, RunKind, RunOf, RunStatus } from '../schemas/run.ts';

/** A run's phase as polling sees it: the four run kinds of the current API, plus imports. */
export type RunPhase = RunKind | 'import';

type AnyStatus = RunStatus | ImportRunStatus | (string & {});

const TERMINAL: Record<RunPhase, ReadonlySet<string>> = {
  // `blocked` stops polling until the user answers; the answer resumes the same run.
  generate: new Set(['awaiting_approval', 'failed', 'canceled', 'blocked']),
  update: new Set(['awaiting_approval', 'failed', 'canceled', 'blocked']),
  clarify: new Set(['completed', 'failed', 'canceled']),
  execute: new Set(['completed', 'failed', 'canceled']),
  // `needs_attention` stops polling until a decision is sent.
  import: new Set(['completed', 'failed', 'canceled', 'needs_attention']),
};

/**
 * Where polling stops for a phase. An `unknown` status is never terminal: keep polling
 * (backing off) rather than strand a run the kit does not understand yet.
 *
 * @example isTerminalFor('generate', run.status) // true at awaiting_approval, blocked, failed, canceled
 */
export function isTerminalFor(phase: RunPhase, status: AnyStatus): boolean {
  return TERMINAL[phase]?.has(status) ?? false;
}

/** The agent is working (or about to). */
export function isActiveStatus(status: AnyStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Nothing more will happen to this run without a new one: completed, failed or canceled. */
export function isFinalStatus(status: AnyStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'canceled';
}

/** Waiting on the user: a `blocked` run or an import that `needs_attention`. */
export function isAwaitingInput(status: AnyStatus): boolean {
  return status === 'blocked' || status === 'needs_attention';
}

export function isBlocked(run: Run): run is RunOf<'blocked'> {
  return run.status === 'blocked';
}

/** A question block; `blocked_reason` may be absent on older payloads that still carry questions. */
export function isQuestionBlock(run: Run): run is RunOf<'blocked'> {
  return (
    isBlocked(run) && (run.blocked_reason === 'question' || (!run.blocked_reason && run.questions.length > 0))
  );
}

export function isCredentialBlock(run: Run): run is RunOf<'blocked'> {
  return (
    isBlocked(run) &&
    (run.blocked_reason === 'credentials' || (!run.blocked_reason && !!run.credential_request))
  );
}

export function needsAttention(run: ImportRun): run is Extract<ImportRun, { status: 'needs_attention' }> {
  return run.status === 'needs_attention';
}
