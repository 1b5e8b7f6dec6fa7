import type { ImportRun } from '@vernkit/core';

/** Where an import (imports preview) stands. */
export const IMPORT_FLOW_STEPS = [
  'files',
  'importing',
  'needs_attention',
  'completed',
  'failed',
  'canceled',
] as const;
export type ImportFlowStep = (typeof IMPORT_FLOW_STEPS)[number];

export const IMPORT_FLOW_ACTIONS = ['upload', 'start', 'approve', 'reject', 'reset'] as const;
export type ImportFlowAction = (typeof IMPORT_FLOW_ACTIONS)[number];

/** The imports API has no cancel, so an import in progress allows nothing until it settles. */
export const IMPORT_ACTIONS_BY_STEP: Readonly<Record<ImportFlowStep, readonly ImportFlowAction[]>> = {
  files: ['upload', 'start', 'reset'],
  importing: [],
  needs_attention: ['approve', 'reject'],
  completed: ['reset'],
  failed: ['reset'],
  canceled: ['reset'],
};

export function allowedImportActions(
  step: ImportFlowStep,
  pending: ImportFlowAction | null,
  uploadedCount: number,
): readonly ImportFlowAction[] {
  if (pending) return [];
  const base = IMPORT_ACTIONS_BY_STEP[step];
  return uploadedCount === 0 ? base.filter((a) => a !== 'start') : base;
}

export function deriveImportStep(input: {
  runId: string | null;
  run: ImportRun | undefined;
  pending: ImportFlowAction | null;
  /** A start was sent and its answer not yet seen (possibly before a reload). */
  starting: boolean;
}): ImportFlowStep {
  if (!input.runId) return input.pending === 'start' || input.starting ? 'importing' : 'files';
  switch (input.run?.status) {
    case 'needs_attention':
      return 'needs_attention';
    case 'completed':
      return 'completed';
    case 'failed':
      return 'failed';
    case 'canceled':
      return 'canceled';
    default:
      return 'importing';
  }
}
