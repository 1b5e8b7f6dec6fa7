'use client';
import { type CoverageColumn, type CoverageStat, isHollow } from '@vernkit/core';
import { useId, useMemo, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useFormat } from '../labels/useFormat.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Badge } from '../primitives/Badge.tsx';
import { Button } from '../primitives/Button.tsx';
import { reportSummaryLabels } from './labels.ts';

/** Columns shown before "Show all": lost and unfilled columns always come first. */
const COLLAPSED_COUNT = 8;

export interface CoverageProfileProps {
  columns: readonly CoverageColumn[];
}

/**
 * `lost`: the source had values and the import kept few (core's `isHollow` with an input).
 * `unfilled`: no source column fed it and it is empty. Both are hollow; they mean different things.
 */
type RowState = 'lost' | 'unfilled' | 'ok';

interface Row {
  column: CoverageColumn;
  state: RowState;
  label: string;
}

/**
 * How full each output column is, next to how full its source was: a hollow import (right row
 * count, lost fields) shows up here. Hollow columns are named in a summary and listed first.
 */
export function CoverageProfile({ columns }: CoverageProfileProps) {
  const sc = useSlotClass();
  const t = useLabels('reportSummary', reportSummaryLabels);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const restId = useId();
  const state = open ? 'open' : 'closed';
  const multiSheet = new Set(columns.map((c) => c.sheet ?? '')).size > 1;

  const rows = useMemo<Row[]>(() => {
    const all = columns.map<Row>((column) => ({
      column,
      state: !isHollow(column) ? 'ok' : column.input ? 'lost' : 'unfilled',
      label: revealBidi(multiSheet && column.sheet ? `${column.sheet} · ${column.column}` : column.column),
    }));
    return [
      ...all.filter((r) => r.state === 'lost'),
      ...all.filter((r) => r.state === 'unfilled'),
      ...all.filter((r) => r.state === 'ok'),
    ];
  }, [columns, multiSheet]);

  const lost = rows.filter((r) => r.state === 'lost');
  const unfilled = rows.filter((r) => r.state === 'unfilled');
  const first = rows.slice(0, Math.max(COLLAPSED_COUNT, lost.length + unfilled.length));
  const rest = rows.slice(first.length);

  return (
    <section
      data-slot="report-summary-coverage"
      className={sc('report-summary-coverage')}
      aria-labelledby={titleId}
    >
      <div data-slot="report-summary-section-header" className={sc('report-summary-section-header')}>
        <h3
          data-slot="report-summary-section-title"
          className={sc('report-summary-section-title')}
          id={titleId}
        >
          {t('coverageTitle')}
        </h3>
        <p data-slot="report-summary-section-hint" className={sc('report-summary-section-hint')}>
          {t('coverageHint')}
        </p>
      </div>
      {lost.length > 0 ? (
        <Alert tone="warning" data-slot="report-summary-hollow" className={sc('report-summary-hollow')}>
          {t('hollowSummary', { count: lost.length, columns: format.list(lost.map((r) => r.label)) })}
        </Alert>
      ) : null}
      {unfilled.length > 0 ? (
        <Alert tone="info" data-slot="report-summary-unfilled" className={sc('report-summary-unfilled')}>
          {t('unfilledSummary', {
            count: unfilled.length,
            columns: format.list(unfilled.map((r) => r.label)),
          })}
        </Alert>
      ) : null}
      {/* A disclosure, but not <details>: the rest are rows of the same table, which a
          <details> cannot hold. The wrapper keeps the toggle's spacing and `data-state` hooks. */}
      <div data-state={state}>
        <table data-slot="report-summary-coverage-table" className={sc('report-summary-coverage-table')}>
          <thead>
            <tr>
              <th scope="col">{t('coverageColumn')}</th>
              <th scope="col">{t('coverageInput')}</th>
              <th scope="col">{t('coverageOutput')}</th>
            </tr>
          </thead>
          <tbody>
            {first.map((row) => (
              <CoverageRow key={`${row.column.sheet ?? ''}\u0000${row.column.column}`} row={row} />
            ))}
          </tbody>
          {rest.length > 0 ? (
            // Stays in the document (empty and hidden) so `aria-controls` always names it; its
            // rows are rendered only when open, as a long profile would otherwise cost for nothing.
            <tbody id={restId} data-state={state} hidden={!open}>
              {open
                ? rest.map((row) => (
                    <CoverageRow key={`${row.column.sheet ?? ''}\u0000${row.column.column}`} row={row} />
                  ))
                : null}
            </tbody>
          ) : null}
        </table>
        {rest.length > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            data-slot="report-summary-coverage-toggle"
            className={sc('report-summary-coverage-toggle')}
            aria-expanded={open}
            aria-controls={restId}
            data-state={state}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? t('showFewer') : t('showAll', { count: rows.length })}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function CoverageRow({ row }: { row: Row }) {
  const sc = useSlotClass();
  const t = useLabels('reportSummary', reportSummaryLabels);
  return (
    <tr
      data-slot="report-summary-coverage-row"
      className={sc('report-summary-coverage-row')}
      data-state={row.state}
    >
      <th scope="row" dir="auto">
        <span data-slot="report-summary-coverage-name" className={sc('report-summary-coverage-name')}>
          {row.label}
        </span>
        {row.state === 'lost' ? (
          <Badge
            tone="warning"
            data-slot="report-summary-hollow-badge"
            className={sc('report-summary-hollow-badge')}
          >
            {t('hollow')}
          </Badge>
        ) : row.state === 'unfilled' ? (
          <Badge data-slot="report-summary-unfilled-badge" className={sc('report-summary-unfilled-badge')}>
            {t('unfilled')}
          </Badge>
        ) : null}
      </th>
      <td>
        {row.column.input ? (
          <FillBar stat={row.column.input} />
        ) : (
          <span data-slot="report-summary-coverage-none" className={sc('report-summary-coverage-none')}>
            {t('coverageNoSource')}
          </span>
        )}
      </td>
      <td>
        <FillBar stat={row.column.output} tone={row.state === 'lost' ? 'warning' : 'primary'} />
      </td>
    </tr>
  );
}

function FillBar({
  stat,
  tone = 'neutral',
}: {
  stat: CoverageStat;
  tone?: 'neutral' | 'primary' | 'warning';
}) {
  const sc = useSlotClass();
  const t = useLabels('reportSummary', reportSummaryLabels);
  const format = useFormat();
  const ratio = stat.total > 0 ? Math.min(1, Math.max(0, stat.filled / stat.total)) : 0;
  return (
    <span data-slot="report-summary-fill" className={sc('report-summary-fill')} data-tone={tone}>
      <span
        data-slot="report-summary-fill-track"
        className={sc('report-summary-fill-track')}
        aria-hidden="true"
      >
        <span
          data-slot="report-summary-fill-bar"
          className={sc('report-summary-fill-bar')}
          style={{ width: `${ratio * 100}%` }}
        />
      </span>
      <span
        data-slot="report-summary-fill-text"
        className={sc('report-summary-fill-text')}
        title={t('filledOf', { filled: stat.filled, total: stat.total })}
      >
        {t('filled', { percent: format.percent(ratio) })}
      </span>
    </span>
  );
}
