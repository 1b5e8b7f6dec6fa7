'use client';
import { type RefObject, useEffect, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { clip } from './clip.ts';
import type { GridPosition } from './gridNavigation.ts';
import { previewTableLabels } from './labels.ts';

const DETAIL_MAX_CHARS = 2000;

/** What the bar shows for one cell. */
export interface CellDetailContent {
  column: string;
  /** 1-based data row number, as the row header shows it. */
  row: number;
  value: string;
  error: string | undefined;
}

export interface CellDetailProps {
  /** The grid's active cell (focused, or last clicked), in displayed coordinates. */
  active: GridPosition;
  /** The content of a cell, by displayed coordinates. */
  cellAt: (position: GridPosition) => CellDetailContent;
  /** The grid's scrolling element: the cell under the mouse is shown while the mouse is on it. */
  grid: RefObject<HTMLElement | null>;
  hidden?: boolean;
}

/**
 * One cell in full under the grid, like a spreadsheet's formula bar: its column, row, whole
 * value (cells are clipped; this shows up to 2,000 characters) and, for an invalid cell, the
 * reason. It shows the active cell, or the cell under the mouse.
 *
 * Why a bar rather than a tooltip on invalid cells: a tooltip needs a positioning engine
 * (Radix Tooltip + Popper + floating-ui ≈ 10 kB gzipped, the kit's heaviest optional part),
 * never opens on touch, covers the neighbouring cells and must be dismissable. The bar works
 * alike for keyboard, mouse and touch (a tap makes a cell active). A native popover placed
 * with CSS anchor positioning would float with no library, but in browsers the kit supports
 * that lack anchor positioning it would open mid-viewport. Screen readers get the reason from
 * the cell itself (its `aria-description`) and from the grid's polite announcement on keyboard
 * moves, so the bar is not a live region: hovering stays silent.
 */
export function CellDetail({ active, cellAt, grid, hidden }: CellDetailProps) {
  const sc = useSlotClass();
  const t = useLabels('previewTable', previewTableLabels);
  const hovered = useHoveredCell(grid, active);
  if (hidden) return null;
  const { column, row, value, error } = cellAt(hovered ?? active);
  const { text, rest } = clip(value, DETAIL_MAX_CHARS);
  return (
    <div
      data-slot="preview-table-cell-detail"
      className={sc('preview-table-cell-detail')}
      data-state={hovered ? 'hover' : 'active'}
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
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5v4.25" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            <circle cx="8" cy="11.25" r="0.9" fill="currentColor" />
          </svg>
          <span>{error.replace(/\n/g, ' · ')}</span>
        </span>
      ) : null}
    </div>
  );
}

/**
 * The cell under the mouse, or null. Whatever happened last wins: a new active cell (a click,
 * a key) hides the hovered one until the mouse moves again. Scrolling forgets it too, since
 * the grid reuses its elements and the one under a still mouse may now show another row.
 */
function useHoveredCell(grid: RefObject<HTMLElement | null>, active: GridPosition): GridPosition | null {
  const activeKey = `${active.row}:${active.column}`;
  // A string, so a move within the same cell sets an equal state and React skips the render.
  const [hovered, setHovered] = useState('');
  const [seenActive, setSeenActive] = useState(activeKey);
  if (seenActive !== activeKey) {
    setSeenActive(activeKey);
    setHovered('');
  }

  useEffect(() => {
    const element = grid.current;
    if (!element) return;
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    const onMove = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      // Browsers send a move after scrolling with the mouse at rest: that is not the user pointing.
      if (event.clientX === lastX && event.clientY === lastY) return;
      lastX = event.clientX;
      lastY = event.clientY;
      const cell = (event.target as Element).closest<HTMLElement>('[data-slot="preview-table-cell"]');
      setHovered(cell ? `${cell.dataset.row}:${cell.dataset.column}` : '');
    };
    const forget = () => setHovered('');
    const leave = () => {
      lastX = Number.NaN;
      lastY = Number.NaN;
      forget();
    };
    element.addEventListener('pointermove', onMove, { passive: true });
    element.addEventListener('pointerleave', leave);
    element.addEventListener('scroll', forget, { passive: true });
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', leave);
      element.removeEventListener('scroll', forget);
    };
  }, [grid]);

  if (!hovered) return null;
  const [row, column] = hovered.split(':').map(Number);
  return row === undefined || column === undefined ? null : { row, column };
}
