'use client';
import { type Report, readCoverage, type TemplateRef } from '@vernkit/core';
import { type ReactNode, useId, useMemo } from 'react';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { commonLabels } from '../labels/common.ts';
import { useFormat } from '../labels/useFormat.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Icon } from '../primitives/Icon.tsx';
import { CoverageProfile } from './CoverageProfile.tsx';
import type { DownloadFilter } from './DownloadButton.tsx';
import { reportSummaryLabels } from './labels.ts';
import { SheetDownloads } from './SheetDownloads.tsx';

export interface ReportSummaryProps {
  /** The completed execute run's `report`. */
  report: Report;
  /**
   * The migration's templates (`preview.templates`), to address each sheet's CSV export by
   * slug: a per-sheet count is matched to its template by name.
   */
  templates?: readonly TemplateRef[];
  /**
   * Download one sheet's CSV; the returned promise keeps the button pending, and a rejection
   * is shown beside the sheet. With `@vernkit/react`: `client.exportCsv(...)` then `saveCsv`.
   */
  onDownload?: (templateSlug: string, filter: DownloadFilter) => Promise<unknown> | unknown;
  /** Which downloads to offer (default all three; the imports preview exports `valid` and `all` only). */
  filters?: readonly DownloadFilter[];
  /** Heading text; `null` for none (when the surrounding step already has one). */
  title?: ReactNode;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'report-summary-stat': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * What an execute run imported: rows in total and per sheet, the rows still flagged (rows,
 * not cells), the column coverage with hollow columns called out, and CSV downloads.
 */
export const ReportSummary = withSlotClasses(function ReportSummary({
  report,
  templates,
  onDownload,
  filters,
  title,
  className,
}: ReportSummaryProps) {
  const sc = useSlotClass();
  const t = useLabels('reportSummary', reportSummaryLabels);
  const common = useLabels('common', commonLabels);
  const format = useFormat();
  const titleId = useId();
  const coverage = useMemo(() => readCoverage(report.coverage), [report.coverage]);
  const flagged = report.invalidCellCount;
  const heading = title === undefined ? t('title') : title;

  const slugFor = (name: string): string | undefined => {
    const exact = templates?.find((tpl) => tpl.name === name);
    const loose =
      exact ?? templates?.find((tpl) => tpl.name.trim().toLowerCase() === name.trim().toLowerCase());
    return loose?.slug;
  };

  return (
    <section
      data-slot="report-summary"
      data-state={flagged > 0 ? 'flagged' : 'clean'}
      aria-labelledby={heading ? titleId : undefined}
      className={sc('report-summary', 'vk-report-summary', className)}
    >
      {heading ? (
        <h2 data-slot="report-summary-title" className={sc('report-summary-title')} id={titleId}>
          <Icon
            name="check"
            data-slot="report-summary-title-icon"
            className={sc('report-summary-title-icon')}
          />
          {heading}
        </h2>
      ) : null}
      <dl data-slot="report-summary-stats" className={sc('report-summary-stats')}>
        <div data-slot="report-summary-stat" className={sc('report-summary-stat')} data-stat="inserted">
          <dt>{t('inserted')}</dt>
          <dd>{format.number(report.inserted)}</dd>
        </div>
        <div
          data-slot="report-summary-stat"
          className={sc('report-summary-stat')}
          data-stat="flagged"
          data-state={flagged > 0 ? 'flagged' : 'clean'}
        >
          <dt>{t('flagged')}</dt>
          <dd>{format.number(flagged)}</dd>
        </div>
        <div data-slot="report-summary-stat" className={sc('report-summary-stat')} data-stat="sheets">
          <dt>{t('sheets')}</dt>
          <dd>{format.number(report.perSheet.length)}</dd>
        </div>
      </dl>
      <p
        data-slot="report-summary-flagged-note"
        className={sc('report-summary-flagged-note')}
        data-state={flagged > 0 ? 'flagged' : 'clean'}
      >
        {flagged > 0 ? t('flaggedNote') : t('allValid')}
      </p>
      {report.perSheet.length > 0 ? (
        <ul
          data-slot="report-summary-sheets"
          className={sc('report-summary-sheets')}
          aria-label={t('sheets')}
        >
          {report.perSheet.map((sheet, index) => (
            <SheetDownloads
              key={sheet.sheetId ?? `${sheet.templateName}-${index}`}
              name={sheet.templateName}
              rowCount={sheet.rowCount}
              slug={slugFor(sheet.templateName)}
              hasFlagged={flagged > 0}
              filters={filters}
              onDownload={onDownload}
              formatCount={(count) => common('rows', { count })}
            />
          ))}
        </ul>
      ) : null}
      {coverage.length > 0 ? <CoverageProfile columns={coverage} /> : null}
    </section>
  );
});
