import type { CredentialRequest, Question, Run, RunKind } from '@vernkit/core';

/**
 * Where a migration flow stands. `blocked` carries `blocked.reason` (`question` or
 * `credentials`); `failed` and `canceled` end a run, after which `generate` or `reset` start over.
 */
export const FLOW_STEPS = [
  'files',
  'generating',
  'blocked',
  'preview',
  'refining',
  'executing',
  'report',
  'failed',
  'canceled',
] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export const FLOW_ACTIONS = [
  'upload',
  'generate',
  'answer',
  'submitCredentials',
  'refine',
  'clarify',
  'execute',
  'cancel',
  'reset',
] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

/** Why a `blocked` run waits, straight from its poll (never from replayed thread events). */
export type FlowBlock =
  | { reason: 'question'; questions: Question[] }
  | { reason: 'credentials'; request: CredentialRequest | null }
  /** A `blocked_reason` this version does not know: shown, not guessed at. */
  | { reason: 'unknown'; rawReason: string | null };

/**
 * What each step allows. `reset` forgets the current run locally, so it is offered only when
 * no run is in flight; an in-flight run is canceled first. While any action is being sent,
 * the flow allows nothing else (see `allowedFlowActions`).
 */
export const ACTIONS_BY_STEP: Readonly<Record<FlowStep, readonly FlowAction[]>> = {
  files: ['upload', 'generate', 'reset'],
  generating: ['cancel'],
  blocked: ['cancel'],
  preview: ['refine', 'clarify', 'execute', 'reset'],
  refining: ['cancel'],
  executing: ['cancel'],
  report: ['reset'],
  failed: ['generate', 'reset'],
  canceled: ['generate', 'reset'],
};

export function allowedFlowActions(
  step: FlowStep,
  block: FlowBlock | null,
  pending: FlowAction | null,
): readonly FlowAction[] {
  if (pending) return [];
  const base = ACTIONS_BY_STEP[step];
  if (step !== 'blocked') return base;
  if (block?.reason === 'question') return ['answer', ...base];
  if (block?.reason === 'credentials') return ['submitCredentials', ...base];
  return base;
}

/** The phase a run-starting action puts the flow in while its `POST /runs` is on the wire. */
const STEP_WHILE_STARTING: Partial<Record<FlowAction, FlowStep>> = {
  generate: 'generating',
  refine: 'refining',
  clarify: 'refining',
  execute: 'executing',
};

const RUNNING_STEP: Record<RunKind, FlowStep> = {
  generate: 'generating',
  update: 'refining',
  clarify: 'refining',
  execute: 'executing',
};

export interface FlowStepInput {
  runId: string | null;
  /** The phase the run was last started (or resumed) for. */
  kind: RunKind | null;
  run: Run | undefined;
  /** The migration's own status (`awaiting_files`, `ready`, `awaiting_approval`, `completed`, …). */
  migrationStatus: string | undefined;
  pending: FlowAction | null;
}

/**
 * The step is derived, never stored: the server's run is the truth, so a reload, a second tab
 * or a late stream always lands on the same step.
 */
export function deriveFlowStep({ runId, kind, run, migrationStatus, pending }: FlowStepInput): FlowStep {
  const starting = pending ? STEP_WHILE_STARTING[pending] : undefined;
  if (!runId) {
    if (starting) return starting;
    // The run id was lost (storage cleared) but the server still holds a preview: resume there.
    if (migrationStatus === 'awaiting_approval') return 'preview';
    // Imported in another tab or session: the run is not known here, so there is no report,
    // but the migration is done and its exports are there.
    if (migrationStatus === 'completed') return 'report';
    return 'files';
  }
  const phase = kind ? RUNNING_STEP[kind] : 'generating';
  if (!run) return phase;
  switch (run.status) {
    case 'blocked':
      return 'blocked';
    case 'awaiting_approval':
      // `execute` resumes this same run; until a poll shows it running, it still reads as the preview.
      if (kind === 'execute') return 'executing';
      return starting ?? 'preview';
    case 'completed':
      // A report means an execute finished, even one started from another tab.
      if (kind === 'execute' || run.report) return 'report';
      return starting ?? 'preview';
    case 'failed':
      return starting ?? 'failed';
    case 'canceled':
      return starting ?? 'canceled';
    default:
      return phase;
  }
}

export function flowBlock(run: Run | undefined): FlowBlock | null {
  if (run?.status !== 'blocked') return null;
  const reason = run.blocked_reason ?? (run.credential_request ? 'credentials' : 'question');
  if (reason === 'question') return { reason, questions: run.questions };
  if (reason === 'credentials') return { reason, request: run.credential_request ?? null };
  return { reason: 'unknown', rawReason: reason };
}
