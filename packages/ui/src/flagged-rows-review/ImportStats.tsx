'use client';
import type { Report } from '@vernkit/core';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { isolate } from '../internal/Untrusted.tsx';
import { useFormat } from '../labels/useFormat.ts';
import { useLabels } from '../labels/useLabels.ts';
import { flaggedRowsReviewLabels } from './labels.ts';

/** The report numbers of a paused import: rows imported, rows flagged, rows per sheet. */
export function ImportStats({ report }: { report: Partial<Report> }) {
  const sc = useSlotClass();
  const t = useLabels('flaggedRowsReview', flaggedRowsReviewLabels);
  const format = useFormat();
  const perSheet = report.perSheet ?? [];
  return (
    <div className={sc('flagged-rows-review-stats', 'vk-import-stats')} data-slot="flagged-rows-review-stats">
      <dl className="vk-import-stats__numbers" aria-label={t('stats')}>
        {typeof report.inserted === 'number' ? (
          <div
            className={sc('flagged-rows-review-imported', 'vk-stat')}
            data-slot="flagged-rows-review-imported"
          >
            <dt>{t('imported')}</dt>
            <dd>{format.number(report.inserted)}</dd>
          </div>
        ) : null}
        {typeof report.invalidCellCount === 'number' ? (
          <div
            className={sc('flagged-rows-review-flagged', 'vk-stat')}
            data-slot="flagged-rows-review-flagged"
            data-tone="warning"
          >
            <dt title={t('flaggedHint')}>{t('flagged')}</dt>
            <dd>{format.number(report.invalidCellCount)}</dd>
          </div>
        ) : null}
      </dl>
      {perSheet.length > 1 ? (
        <ul className="vk-import-stats__sheets" aria-label={t('perSheet')}>
          {perSheet.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sheets are positional
            <li key={i}>
              {isolate(s.templateName, 120)}{' '}
              <span className="vk-import-stats__count">{format.number(s.rowCount)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {typeof report.invalidCellCount === 'number' && report.invalidCellCount > 0 ? (
        <p className="vk-import-stats__hint">{t('flaggedHint')}</p>
      ) : null}
    </div>
  );
}
