'use client';
import type { ImportRun } from '@vernkit/core';
import { type ImportFlow, type UseImportFlowOptions, useImportFlow, useVernClient } from '@vernkit/react';
import { useId, useMemo, useRef } from 'react';
import { FileDropzone, type FileDropzoneProps } from '../file-dropzone/FileDropzone.tsx';
import { FlaggedRowsReview } from '../flagged-rows-review/FlaggedRowsReview.tsx';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { errorMessage } from '../primitives/errorMessage.ts';
import type { DownloadFilter } from '../report-summary/DownloadButton.tsx';
import { ReportSummary } from '../report-summary/ReportSummary.tsx';
import { saveCsv } from '../report-summary/saveCsv.ts';
import { RunProgress } from '../run-progress/RunProgress.tsx';
import { migrationFlowLabels } from './labels.ts';
import { useStepFocus } from './useStepFocus.ts';

/** The imports preview exports whole sheets or their valid rows only. */
const IMPORT_FILTERS: readonly DownloadFilter[] = ['valid', 'all'];

export interface CompanyImportFlowViewProps {
  /** The flow to show, from `useImportFlow()`. */
  flow: ImportFlow;
  dropzone?: Omit<FileDropzoneProps, 'onUpload' | 'progress' | 'files'>;
  headingLevel?: 2 | 3;
  /** Extra classes for any inner part, by its `data-slot`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * The imports preview's journey over a `useImportFlow()` value: upload, import, review the
 * flagged rows (`FlaggedRowsReview`), and the report with downloads.
 */
export const CompanyImportFlowView = withSlotClasses(function CompanyImportFlowView({
  flow,
  dropzone,
  headingLevel = 2,
  className,
}: CompanyImportFlowViewProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const common = useLabels('common', commonLabels);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const hintId = useId();
  const client = useVernClient();
  useStepFocus(flow.step, headingRef);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';

  const sheets = useMemo(
    () =>
      (flow.report?.perSheet ?? []).flatMap((s) =>
        s.sheetId ? [{ slug: s.sheetId, name: s.templateName }] : [],
      ),
    [flow.report],
  );
  const download = async (sheetId: string, filter: DownloadFilter) =>
    saveCsv(
      await client.exportImportCsv(flow.companyId, {
        sheet_id: sheetId,
        filter: filter === 'all' ? 'all' : 'valid',
      }),
    );

  const ready = flow.files.length > 0;
  // The flow's own errors that no inner component shows: a start, a lost poll.
  const shownHere =
    flow.error &&
    (flow.errorSource === 'start' || flow.errorSource === 'run' || flow.errorSource === 'active');

  return (
    <div
      data-slot="company-import-flow"
      data-step={flow.step}
      className={sc('company-import-flow', 'vk-migration-flow', className)}
    >
      <section
        data-slot="migration-flow-step"
        className={sc('migration-flow-step')}
        aria-labelledby={headingId}
      >
        <header data-slot="migration-flow-step-header" className={sc('migration-flow-step-header')}>
          <Heading
            ref={headingRef}
            id={headingId}
            tabIndex={-1}
            data-slot="migration-flow-heading"
            className={sc('migration-flow-heading')}
          >
            {t(`import_heading_${flow.step}`)}
          </Heading>
          <p data-slot="migration-flow-intro" className={sc('migration-flow-intro')}>
            {t(`import_intro_${flow.step}`)}
          </p>
        </header>
        {shownHere ? (
          <Alert
            tone="danger"
            title={t('errorTitle')}
            assertive
            data-slot="migration-flow-error"
            className={sc('migration-flow-error')}
          >
            {errorMessage(flow.error, common('unknownError'))}
          </Alert>
        ) : null}
        {flow.step === 'files' ? (
          <div data-slot="migration-flow-files" className={sc('migration-flow-files')}>
            <FileDropzone {...dropzone} progress={flow.uploads} onUpload={(files) => flow.upload(files)} />
            <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
              <Button
                variant="primary"
                data-slot="company-import-flow-start"
                className={sc('company-import-flow-start')}
                pending={flow.pending === 'start'}
                aria-disabled={!ready || !flow.can('start') || undefined}
                aria-describedby={ready ? undefined : hintId}
                onClick={() => flow.start()}
              >
                {t('startImport')}
              </Button>
              {ready ? null : (
                <p id={hintId} data-slot="migration-flow-hint" className={sc('migration-flow-hint')}>
                  {t('startImportHint')}
                </p>
              )}
            </div>
          </div>
        ) : null}
        {flow.step === 'importing' ? <RunProgress run={flow.run ?? STARTING} /> : null}
        {flow.step === 'needs_attention' && flow.needsAttention ? (
          <FlaggedRowsReview
            needsAttention={flow.needsAttention}
            report={flow.run?.status === 'needs_attention' ? flow.run.report : null}
            heading={false}
            onDecide={(decision) =>
              decision.decision === 'reject' ? flow.reject() : flow.approve(decision.answers)
            }
          />
        ) : null}
        {flow.step === 'completed' && flow.report ? (
          <ReportSummary
            report={flow.report}
            templates={sheets}
            filters={IMPORT_FILTERS}
            onDownload={download}
            title={null}
          />
        ) : null}
        {flow.step === 'failed' || flow.step === 'canceled' ? (
          flow.run ? (
            <RunProgress run={flow.run} />
          ) : null
        ) : null}
        {flow.step === 'completed' || flow.step === 'failed' || flow.step === 'canceled' ? (
          <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
            <Button
              variant="secondary"
              data-slot="migration-flow-reset"
              className={sc('migration-flow-reset')}
              aria-disabled={!flow.can('reset') || undefined}
              onClick={() => flow.reset()}
            >
              {flow.step === 'completed' ? t('newImport') : t('startOver')}
            </Button>
          </div>
        ) : null}
      </section>
    </div>
  );
});

/** Shown while `POST /imports` is on the wire and no run has been polled yet. */
const STARTING: ImportRun = { status: 'queued' };

export type CompanyImportFlowProps = Omit<CompanyImportFlowViewProps, 'flow'> & UseImportFlowOptions;

/**
 * The imports preview (companies, `needs_attention`, decisions) in one component on
 * `useImportFlow`; a reload resumes the same import.
 *
 * @example
 * <CompanyImportFlow companyId={company.id} />
 */
export function CompanyImportFlow({ companyId, storage, storageKey, ...view }: CompanyImportFlowProps) {
  const flow = useImportFlow({ companyId, storage, storageKey });
  return <CompanyImportFlowView flow={flow} {...view} />;
}
