// biome-ignore-all lint/a11y/useSemanticElements: a virtualized grid cell is an absolutely positioned div (see SheetGrid).
'use client';
import { VisuallyHidden } from 'radix-ui';
import { memo } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { clip } from './clip.ts';

/** A cell never puts more than this many characters in the DOM; the detail bar shows more. */
const CELL_MAX_CHARS = 200;

export interface GridCellProps {
  /** Displayed row index (after filtering) and column index: the grid's coordinates. */
  row: number;
  column: number;
  value: string;
  error: string | undefined;
  active: boolean;
  relevant: boolean;
  offset: number;
  width: number;
  side: 'left' | 'right';
  invalidLabel: string;
}

export const GridCell = memo(function GridCell({
  row,
  column,
  value,
  error,
  active,
  relevant,
  offset,
  width,
  side,
  invalidLabel,
}: GridCellProps) {
  const sc = useSlotClass();
  const { text, rest } = clip(value, CELL_MAX_CHARS);
  return (
    <div
      role="gridcell"
      aria-colindex={column + 2}
      // The reason is the cell's own description, so a screen reader gets it wherever it meets
      // the cell (keyboard focus or table reading); sighted users read it in the detail bar.
      aria-description={error ? error.replace(/\n/g, '; ') : undefined}
      tabIndex={active ? 0 : -1}
      data-slot="preview-table-cell"
      className={sc('preview-table-cell', 'vk-preview-cell')}
      data-row={row}
      data-column={column}
      data-active={active ? '' : undefined}
      data-invalid={error ? '' : undefined}
      data-relevant={relevant ? '' : undefined}
      data-empty={value === '' ? '' : undefined}
      style={{ position: 'absolute', top: 0, bottom: 0, [side]: offset, width }}
    >
      <span
        data-slot="preview-table-cell-value"
        className={sc('preview-table-cell-value', 'vk-preview-cell-value')}
        dir="auto"
      >
        {revealBidi(text)}
        {rest > 0 ? '…' : null}
      </span>
      {error ? (
        <>
          <svg
            data-slot="preview-table-cell-icon"
            className={sc('preview-table-cell-icon')}
            viewBox="0 0 16 16"
            width="14"
            height="14"
            aria-hidden="true"
          >
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5v4.25" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            <circle cx="8" cy="11.25" r="0.9" fill="currentColor" />
          </svg>
          <VisuallyHidden.Root>{invalidLabel}</VisuallyHidden.Root>
        </>
      ) : null}
    </div>
  );
});
