'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { MigrationFlow } from '@vernkit/react';
import { vernKeys } from '@vernkit/react';
import { settle } from '../internal/actionResult.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { PreviewTable } from '../preview-table/PreviewTable.tsx';
import { Button } from '../primitives/Button.tsx';
import { ConfirmDialog } from '../primitives/ConfirmDialog.tsx';
import { RefineBox } from '../refine-box/RefineBox.tsx';
import { migrationFlowLabels } from './labels.ts';

export interface PreviewStepProps {
  flow: MigrationFlow;
}

/** The proposed import: the preview, a box to refine it or ask about it, and the confirmed approve. */
export function PreviewStep({ flow }: PreviewStepProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const queryClient = useQueryClient();
  const previewError = flow.errorSource === 'preview' ? flow.error : null;
  const retry = () => {
    if (flow.migrationId)
      void queryClient.invalidateQueries({ queryKey: vernKeys.preview(flow.migrationId) });
  };
  return (
    <div data-slot="migration-flow-preview" className={sc('migration-flow-preview')}>
      <PreviewTable
        preview={flow.preview}
        loading={!flow.preview && !previewError}
        error={previewError ?? undefined}
        onRetry={retry}
      />
      <RefineBox
        events={flow.events}
        headingLevel={3}
        disabled={!flow.can('refine')}
        onRefine={(kind, message) => (kind === 'update' ? flow.refine(message) : flow.clarify(message))}
      />
      <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
        <ConfirmDialog
          trigger={
            <Button
              variant="primary"
              data-slot="migration-flow-execute"
              className={sc('migration-flow-execute')}
              aria-disabled={!flow.can('execute') || !flow.preview || undefined}
            >
              {t('execute')}
            </Button>
          }
          title={t('executeTitle')}
          description={t('executeDescription')}
          confirmLabel={t('executeConfirm')}
          onConfirm={() => settle(flow.execute())}
        />
        <Button
          variant="ghost"
          data-slot="migration-flow-reset"
          className={sc('migration-flow-reset')}
          aria-disabled={!flow.can('reset') || undefined}
          onClick={() => flow.reset()}
        >
          {t('startOver')}
        </Button>
      </div>
    </div>
  );
}
