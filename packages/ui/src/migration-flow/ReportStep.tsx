'use client';
import type { MigrationFlow } from '@vernkit/react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { reportSummaryLabels } from '../report-summary/labels.ts';
import { ReportSummary } from '../report-summary/ReportSummary.tsx';
import { SheetDownloads } from '../report-summary/SheetDownloads.tsx';
import { migrationFlowLabels } from './labels.ts';
import { useCsvDownload } from './useCsvDownload.ts';

export interface ReportStepProps {
  flow: MigrationFlow;
}

/**
 * What was imported, with the CSV downloads, and a way to start the next import. A migration
 * completed in another tab or session has no run here, so no report: it reads as complete,
 * with each template's downloads (an export needs only the template's slug).
 */
export function ReportStep({ flow }: ReportStepProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const report = useLabels('reportSummary', reportSummaryLabels);
  const common = useLabels('common', commonLabels);
  const download = useCsvDownload(flow.migrationId);
  const templates = flow.preview?.templates?.length ? flow.preview.templates : flow.migration?.templates;
  return (
    <div
      data-slot="migration-flow-report"
      className={sc('migration-flow-report')}
      data-state={flow.report ? 'report' : 'completed'}
    >
      {flow.report ? (
        <ReportSummary report={flow.report} templates={templates} onDownload={download} title={null} />
      ) : (
        <>
          <p data-slot="migration-flow-report-completed" className={sc('migration-flow-report-completed')}>
            {t('completedElsewhere')}
          </p>
          {templates?.length ? (
            <ul
              data-slot="report-summary-sheets"
              className={sc('report-summary-sheets')}
              aria-label={report('sheets')}
            >
              {templates.map((template) => (
                <SheetDownloads
                  key={template.slug}
                  name={template.name}
                  rowCount={undefined}
                  slug={template.slug}
                  // Without a report nothing says no row is flagged: offer every download.
                  hasFlagged
                  filters={undefined}
                  onDownload={download}
                  formatCount={(count) => common('rows', { count })}
                />
              ))}
            </ul>
          ) : null}
        </>
      )}
      {/* With no run known here, "new import" would land on this same completed migration. */}
      {flow.runId ? (
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
      ) : null}
    </div>
  );
}
