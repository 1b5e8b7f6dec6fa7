export {
  CompanyImportFlow,
  type CompanyImportFlowProps,
  CompanyImportFlowView,
  type CompanyImportFlowViewProps,
} from './CompanyImportFlow.tsx';
export { FlowStepper, type FlowStepperProps } from './FlowStepper.tsx';
export { MigrationFlow, type MigrationFlowProps } from './MigrationFlow.tsx';
export { MigrationFlowView, type MigrationFlowViewProps } from './MigrationFlowView.tsx';
export type {
  MigrationFlowComponents,
  MigrationFlowRenderStep,
  MigrationFlowStepContext,
  MigrationFlowStepRenderer,
} from './stepContext.ts';
export type { Stage, StepKey } from './stepKey.ts';
