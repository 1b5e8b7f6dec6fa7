import type { FlowBlock, FlowStep } from '@vernkit/react';

/** A flow step, with `blocked` split by what the agent waits for. */
export type StepKey = Exclude<FlowStep, 'blocked'> | 'question' | 'credentials' | 'blocked' | 'loading';

export function stepKey(step: FlowStep, block: FlowBlock | null, loading: boolean): StepKey {
  if (loading) return 'loading';
  if (step !== 'blocked') return step;
  if (block?.reason === 'question') return 'question';
  if (block?.reason === 'credentials') return 'credentials';
  return 'blocked';
}

export const STAGES = ['upload', 'map', 'review', 'import', 'done'] as const;
export type Stage = (typeof STAGES)[number];

/** Where each step sits on the stepper. */
export const STAGE_OF_STEP: Record<StepKey, Stage> = {
  loading: 'upload',
  files: 'upload',
  generating: 'map',
  question: 'map',
  credentials: 'map',
  blocked: 'map',
  preview: 'review',
  refining: 'review',
  executing: 'import',
  report: 'done',
  failed: 'map',
  canceled: 'map',
};
