'use client';
import { type CoverageColumn, type CoverageStat, isHollow } from '@vernkit/core';
import { Collapsible } from 'radix-ui';
import { useId, useMemo, useState } from 'react';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useFormat } from '../labels/useFormat.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Badge } from '../primitives/Badge.tsx';
import { Button } from '../primitives/Button.tsx';

/** Columns shown before "Show all": hollow ones always come first. */
const COLLAPSED_COUNT = 8;

export interface CoverageProfileProps {
  columns: readonly CoverageColumn[];
}

interface Row {
  column: CoverageColumn;
  hollow: boolean;
  label: string;
}

/**
 * How full each output column is, next to how full its source was: a hollow import (right row
 * count, lost fields) shows up here. Hollow columns are named in a summary and listed first.
 */
export function CoverageProfile({ columns }: CoverageProfileProps) {
  const t = useLabels('reportSummary');
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const multiSheet = new Set(columns.map((c) => c.sheet ?? '')).size > 1;

  const rows = useMemo<Row[]>(() => {
    const all = columns.map((column) => ({
      column,
      hollow: isHollow(column),
      label: revealBidi(multiSheet && column.sheet ? `${column.sheet} · ${column.column}` : column.column),
    }));
    return [...all.filter((r) => r.hollow), ...all.filter((r) => !r.hollow)];
  }, [columns, multiSheet]);

  const hollow = rows.filter((r) => r.hollow);
  const first = rows.slice(0, Math.max(COLLAPSED_COUNT, hollow.length));
  const rest = rows.slice(first.length);

  return (
    <section data-slot="report-summary-coverage" aria-labelledby={titleId}>
      <div data-slot="report-summary-section-header">
        <h3 data-slot="report-summary-section-title" id={titleId}>
          {t('coverageTitle')}
        </h3>
        <p data-slot="report-summary-section-hint">{t('coverageHint')}</p>
      </div>
      {hollow.length > 0 ? (
        <Alert tone="warning" data-slot="report-summary-hollow">
          {t('hollowSummary', { count: hollow.length, columns: format.list(hollow.map((r) => r.label)) })}
        </Alert>
      ) : null}
      <Collapsible.Root open={open} onOpenChange={setOpen}>
        <table data-slot="report-summary-coverage-table">
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
            <Collapsible.Content asChild>
              <tbody>
                {rest.map((row) => (
                  <CoverageRow key={`${row.column.sheet ?? ''}\u0000${row.column.column}`} row={row} />
                ))}
              </tbody>
            </Collapsible.Content>
          ) : null}
        </table>
        {rest.length > 0 ? (
          <Collapsible.Trigger asChild>
            <Button variant="ghost" size="sm" data-slot="report-summary-coverage-toggle">
              {open ? t('showFewer') : t('showAll', { count: rows.length })}
            </Button>
          </Collapsible.Trigger>
        ) : null}
      </Collapsible.Root>
    </section>
  );
}

function CoverageRow({ row }: { row: Row }) {
  const t = useLabels('reportSummary');
  return (
    <tr data-slot="report-summary-coverage-row" data-state={row.hollow ? 'hollow' : 'ok'}>
      <th scope="row" dir="auto">
        <span data-slot="report-summary-coverage-name">{row.label}</span>
        {row.hollow ? (
          <Badge tone="warning" data-slot="report-summary-hollow-badge">
            {t('hollow')}
          </Badge>
        ) : null}
      </th>
      <td>
        {row.column.input ? (
          <FillBar stat={row.column.input} />
        ) : (
          <span data-slot="report-summary-coverage-none">{t('coverageNoSource')}</span>
        )}
      </td>
      <td>
        <FillBar stat={row.column.output} tone={row.hollow ? 'warning' : 'primary'} />
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
  const t = useLabels('reportSummary');
  const format = useFormat();
  const ratio = stat.total > 0 ? Math.min(1, Math.max(0, stat.filled / stat.total)) : 0;
  return (
    <span data-slot="report-summary-fill" data-tone={tone}>
      <span data-slot="report-summary-fill-track" aria-hidden="true">
        <span data-slot="report-summary-fill-bar" style={{ width: `${ratio * 100}%` }} />
      </span>
      <span
        data-slot="report-summary-fill-text"
        title={t('filledOf', { filled: stat.filled, total: stat.total })}
      >
        {t('filled', { percent: format.percent(ratio) })}
      </span>
    </span>
  );
}
