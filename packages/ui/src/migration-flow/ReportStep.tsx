'use client';
import type { MigrationFlow } from '@vernkit/react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { ReportSummary } from '../report-summary/ReportSummary.tsx';
import { useCsvDownload } from './useCsvDownload.ts';

export interface ReportStepProps {
  flow: MigrationFlow;
}

/** What was imported, with the CSV downloads, and a way to start the next import. */
export function ReportStep({ flow }: ReportStepProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow');
  const download = useCsvDownload(flow.migrationId);
  const templates = flow.preview?.templates?.length ? flow.preview.templates : flow.migration?.templates;
  return (
    <div data-slot="migration-flow-report" className={sc('migration-flow-report')}>
      {flow.report ? (
        <ReportSummary report={flow.report} templates={templates} onDownload={download} title={null} />
      ) : null}
      <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
        <Button
          variant="secondary"
          data-slot="migration-flow-reset"
          className={sc('migration-flow-reset')}
          aria-disabled={!flow.can('reset') || undefined}
          onClick={() => flow.reset()}
        >
          {t('newImport')}
        </Button>
      </div>
    </div>
  );
}
