'use client';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { clip } from './clip.ts';
import { previewTableLabels } from './labels.ts';

const DETAIL_MAX_CHARS = 2000;

export interface CellDetailProps {
  column: string;
  /** 1-based data row number, as the row header shows it. */
  row: number;
  value: string;
  error: string | undefined;
  hidden?: boolean;
}

/** The active cell in full, like a spreadsheet's formula bar: cells are clipped, this is not (up to 2,000 characters). */
export function CellDetail({ column, row, value, error, hidden }: CellDetailProps) {
  const sc = useSlotClass();
  const t = useLabels('previewTable', previewTableLabels);
  if (hidden) return null;
  const { text, rest } = clip(value, DETAIL_MAX_CHARS);
  return (
    <div
      data-slot="preview-table-cell-detail"
      className={sc('preview-table-cell-detail')}
      data-invalid={error ? '' : undefined}
    >
      <span
        data-slot="preview-table-cell-detail-position"
        className={sc('preview-table-cell-detail-position')}
      >
        {t('activeCell', { column, row })}
      </span>
      <span
        data-slot="preview-table-cell-detail-value"
        className={sc('preview-table-cell-detail-value')}
        dir="auto"
        data-empty={value === '' ? '' : undefined}
      >
        {value === '' ? t('emptyValue') : revealBidi(text)}
        {rest > 0 ? ` ${t('truncated', { count: rest })}` : null}
      </span>
      {error ? (
        <span data-slot="preview-table-cell-detail-error" className={sc('preview-table-cell-detail-error')}>
          {error.replace(/\n/g, ' · ')}
        </span>
      ) : null}
    </div>
  );
}
