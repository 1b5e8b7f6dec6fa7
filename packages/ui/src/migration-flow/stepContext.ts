import type { FlowStep, MigrationFlow } from '@vernkit/react';
import type { ComponentType, ReactNode } from 'react';
import type { StepKey } from './stepKey.ts';

/** What a replaced step receives: the whole flow, and the kit's own rendering of the step to wrap or extend. */
export interface MigrationFlowStepContext {
  flow: MigrationFlow;
  step: FlowStep;
  /** `step` with `blocked` split into `question` / `credentials` (and `loading` while resuming). */
  view: StepKey;
  /** The kit's default content for this step. */
  defaultContent: ReactNode;
}

export type MigrationFlowStepRenderer = (context: MigrationFlowStepContext) => ReactNode;

/** Replace a step by key: `{ preview: (ctx) => … }`. `question`/`credentials` win over `blocked`. */
export type MigrationFlowRenderStep = Partial<Record<StepKey, MigrationFlowStepRenderer>>;

/** Replace a step by component: `{ Preview: MyPreview }`; each receives the step context as props. */
export interface MigrationFlowComponents {
  Loading?: ComponentType<MigrationFlowStepContext>;
  Files?: ComponentType<MigrationFlowStepContext>;
  Generating?: ComponentType<MigrationFlowStepContext>;
  Question?: ComponentType<MigrationFlowStepContext>;
  Credentials?: ComponentType<MigrationFlowStepContext>;
  Blocked?: ComponentType<MigrationFlowStepContext>;
  Preview?: ComponentType<MigrationFlowStepContext>;
  Refining?: ComponentType<MigrationFlowStepContext>;
  Executing?: ComponentType<MigrationFlowStepContext>;
  Report?: ComponentType<MigrationFlowStepContext>;
  Failed?: ComponentType<MigrationFlowStepContext>;
  Canceled?: ComponentType<MigrationFlowStepContext>;
}

export const COMPONENT_FOR: Record<StepKey, keyof MigrationFlowComponents> = {
  loading: 'Loading',
  files: 'Files',
  generating: 'Generating',
  question: 'Question',
  credentials: 'Credentials',
  blocked: 'Blocked',
  preview: 'Preview',
  refining: 'Refining',
  executing: 'Executing',
  report: 'Report',
  failed: 'Failed',
  canceled: 'Canceled',
};
