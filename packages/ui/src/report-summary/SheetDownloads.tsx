'use client';
import { useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { errorMessage } from '../primitives/errorMessage.ts';
import { DownloadButton, type DownloadFilter } from './DownloadButton.tsx';
import { reportSummaryLabels } from './labels.ts';

const ALL_FILTERS: readonly DownloadFilter[] = ['valid', 'all', 'invalid'];

export interface SheetDownloadsProps {
  name: string;
  /** Unknown when the report is not at hand (a migration completed in another session). */
  rowCount: number | undefined;
  /** The template slug the export is addressed by; without one the sheet has no downloads. */
  slug: string | undefined;
  /** Hide "Flagged rows" when the report says nothing is flagged. */
  hasFlagged: boolean;
  filters?: readonly DownloadFilter[] | undefined;
  onDownload: ((templateSlug: string, filter: DownloadFilter) => Promise<unknown> | unknown) | undefined;
  formatCount: (n: number) => string;
}

/** One sheet's line: its name, its row count, and its three CSV downloads, each with its own error. */
export function SheetDownloads({
  name,
  rowCount,
  slug,
  hasFlagged,
  filters,
  onDownload,
  formatCount,
}: SheetDownloadsProps) {
  const sc = useSlotClass();
  const t = useLabels('reportSummary', reportSummaryLabels);
  const common = useLabels('common', commonLabels);
  const [error, setError] = useState<{ filter: DownloadFilter; message: string } | null>(null);
  const sheet = revealBidi(name);
  return (
    <li data-slot="report-summary-sheet" className={sc('report-summary-sheet')}>
      <div data-slot="report-summary-sheet-info" className={sc('report-summary-sheet-info')}>
        <span data-slot="report-summary-sheet-name" className={sc('report-summary-sheet-name')} dir="auto">
          {sheet}
        </span>
        {rowCount === undefined ? null : (
          <span data-slot="report-summary-sheet-count" className={sc('report-summary-sheet-count')}>
            {formatCount(rowCount)}
          </span>
        )}
      </div>
      {slug && onDownload ? (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form section: a fieldset would bring a legend and form semantics.
        <div
          data-slot="report-summary-sheet-downloads"
          className={sc('report-summary-sheet-downloads')}
          role="group"
          aria-label={`${t('downloadColumn')}: ${sheet}`}
        >
          <span
            data-slot="report-summary-download-label"
            className={sc('report-summary-download-label')}
            aria-hidden="true"
          >
            {t('downloadColumn')}
          </span>
          {(filters ?? ALL_FILTERS)
            .filter((filter) => filter !== 'invalid' || hasFlagged)
            .map((filter) => (
              <DownloadButton
                key={filter}
                filter={filter}
                variant={filter === 'valid' ? 'primary' : 'secondary'}
                label={t(`download_${filter}`)}
                ariaLabel={t('downloadAria', { filter: t(`download_${filter}`), sheet })}
                onDownload={() => onDownload(slug, filter)}
                onSettled={(failure) =>
                  setError(
                    failure === null
                      ? null
                      : { filter, message: errorMessage(failure, common('unknownError')) },
                  )
                }
              />
            ))}
        </div>
      ) : null}
      {error ? (
        <Alert
          tone="danger"
          assertive
          data-slot="report-summary-download-error"
          className={sc('report-summary-download-error')}
          data-filter={error.filter}
        >
          {t('downloadFailed', { sheet, error: error.message })}
        </Alert>
      ) : null}
    </li>
  );
}
