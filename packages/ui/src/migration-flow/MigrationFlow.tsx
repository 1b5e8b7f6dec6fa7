'use client';
import { type UseMigrationFlowOptions, useMigrationFlow } from '@vernkit/react';
import { MigrationFlowView, type MigrationFlowViewProps } from './MigrationFlowView.tsx';

export type MigrationFlowProps = Omit<MigrationFlowViewProps, 'flow'> & UseMigrationFlowOptions;

/**
 * The whole migration in one component: upload, the agent at work, its questions, the preview
 * with refine and approve, the import, and the report with downloads. Runs on
 * `useMigrationFlow` (so a reload resumes the same run); use `MigrationFlowView` to drive it
 * with a flow of your own.
 *
 * @example
 * <VernProvider baseUrl="/api/vern">
 *   <MigrationFlow create={{ name: 'Acme', external_id: 'acme-42' }} />
 * </VernProvider>
 */
export function MigrationFlow({
  migrationId,
  create,
  storage,
  storageKey,
  include,
  live,
  ...view
}: MigrationFlowProps) {
  const flow = useMigrationFlow({ migrationId, create, storage, storageKey, include, live });
  return <MigrationFlowView flow={flow} {...view} />;
}
