// biome-ignore-all lint/a11y/useSemanticElements: a virtualized grid positions its rows and cells absolutely; <table> layout cannot, so the ARIA grid roles go on divs.
// biome-ignore-all lint/a11y/useFocusableInteractive: in the ARIA grid pattern the cells take focus (roving tabindex), not the rows and headers.
'use client';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { Direction, VisuallyHidden } from 'radix-ui';
import { useLayoutEffect } from 'radix-ui/internal';
import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { useKitContext } from '../provider/KitContext.ts';
import { CellDetail, type CellDetailContent } from './CellDetail.tsx';
import { GridCell } from './GridCell.tsx';
import { clampPosition, type GridPosition, nextGridPosition } from './gridNavigation.ts';
import { previewTableLabels } from './labels.ts';
import { recycleSlots } from './recycleSlots.ts';
import { cellError, type SheetModel } from './sheetModel.ts';

export interface SheetGridProps {
  model: SheetModel;
  /** The sheet's grid, header first (`PreviewSheet['rows']`). */
  rows: readonly (readonly string[])[];
  /** Show only the rows with an invalid cell. */
  flaggedOnly?: boolean;
  /** Column indexes to highlight; the first is scrolled into view when this changes. */
  focusColumns?: readonly number[];
  /** Viewport height; by default the CSS decides (`[data-slot="preview-table-viewport" className={sc('preview-table-viewport')}]`). */
  height?: number | string;
  className?: string;
}

/** Until the real height is measured (once, on mount): `--vk-control-height` at the default density. */
const DEFAULT_ROW_HEIGHT = 36;

/*
 * Layout the virtualizer depends on stays inline, so the grid still works with `unstyled`;
 * everything visual is in preview-table.css.
 */
const STICKY_HEAD: CSSProperties = { position: 'sticky', top: 0, zIndex: 2 };
const STICKY_START: CSSProperties = { position: 'sticky', insetInlineStart: 0, zIndex: 1, flex: 'none' };
/*
 * Rows have fixed sizes, so `contain: strict` is free: what changes inside a row never makes
 * the browser lay out or repaint anything outside it.
 */
const ABSOLUTE_ROW: CSSProperties = {
  position: 'absolute',
  top: 0,
  insetInlineStart: 0,
  display: 'flex',
  contain: 'strict',
};
const ABSOLUTE_CELL: CSSProperties = { position: 'absolute', top: 0, bottom: 0 };

/** Pin one index into the virtual range so the active cell stays in the DOM while scrolled away. */
function withIndex(range: Range, index: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (index < 0 || index >= range.count || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

/** Row keys that reuse the elements of rows scrolled away (`recycleSlots`). */
function useRowSlots(virtualRows: readonly { index: number }[]): ReadonlyMap<number, number> {
  const state = useRef({ slots: new Map<number, number>() as ReadonlyMap<number, number>, fresh: 0 });
  return useMemo(() => {
    const current = state.current;
    current.slots = recycleSlots(
      current.slots,
      virtualRows.map((row) => row.index),
      () => current.fresh++,
    );
    return current.slots;
  }, [virtualRows]);
}

/**
 * One sheet as an ARIA grid, virtualized in both directions with `@tanstack/react-virtual`:
 * only the visible rows and columns (plus the active cell) are in the DOM. Rows have one
 * fixed height, read once from the CSS, so scrolling never measures or reflows.
 */
export function SheetGrid({
  model,
  rows,
  flaggedOnly = false,
  focusColumns,
  height,
  className,
}: SheetGridProps) {
  const sc = useSlotClass();
  const t = useLabels('previewTable', previewTableLabels);
  const { unstyled } = useKitContext();
  const isRtl = Direction.useDirection() === 'rtl';
  const viewportRef = useRef<HTMLDivElement>(null);
  const headerRowRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [focusWithin, setFocusWithin] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const moveFocus = useRef(false);

  const displayed = flaggedOnly ? model.flaggedRows : null;
  const rowCount = displayed ? displayed.length : model.rowCount;
  const columnCount = model.columns.length;
  const dataRow = (displayIndex: number) => (displayed ? (displayed[displayIndex] ?? -1) : displayIndex);
  const rowHeaderWidth = Math.max(56, String(model.rowCount).length * 8 + 32);
  // Narrow sheets stretch their columns to the viewport instead of leaving a blank band.
  const [viewportWidth, setViewportWidth] = useState(0);
  const naturalWidth = useMemo(() => model.widths.reduce((sum, w) => sum + w, 0), [model.widths]);
  const stretch =
    viewportWidth > rowHeaderWidth + naturalWidth ? (viewportWidth - rowHeaderWidth) / naturalWidth : 1;

  const current = clampPosition(active, { rows: rowCount, columns: columnCount });
  const relevant = useMemo(() => new Set(focusColumns ?? []), [focusColumns]);

  const rowVirtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => rowHeight,
    // A few rows beyond the viewport cover a wheel's step; more only adds work to every jump.
    overscan: 3,
    // The sticky header row occupies the first row's height at the top of the canvas.
    paddingStart: rowHeight,
    scrollPaddingStart: rowHeight,
    rangeExtractor: useCallback((range: Range) => withIndex(range, current.row), [current.row]),
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    isRtl,
    count: columnCount,
    getScrollElement: () => viewportRef.current,
    estimateSize: (index) => (model.widths[index] ?? 120) * stretch,
    overscan: 2,
    paddingStart: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    rangeExtractor: useCallback((range: Range) => withIndex(range, current.column), [current.column]),
  });

  // The one measurement: the CSS decides the row height (density, font size); read it once.
  useLayoutEffect(() => {
    const height = headerRowRef.current?.getBoundingClientRect().height ?? 0;
    if (height > 0 && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, []);
  useLayoutEffect(() => {
    rowVirtualizer.measure();
  }, [rowHeight, rowVirtualizer]);
  useLayoutEffect(() => {
    columnVirtualizer.measure();
  }, [stretch, columnVirtualizer]);
  // The viewport's inner width, read by the same ResizeObserver the column virtualizer uses.
  const observedWidth = Math.floor(columnVirtualizer.scrollRect?.width ?? 0);
  useLayoutEffect(() => {
    setViewportWidth(observedWidth);
  }, [observedWidth]);

  // Move DOM focus after React rendered the newly active cell (it is always rendered: withIndex).
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    rowVirtualizer.scrollToIndex(current.row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(current.column, { align: 'auto' });
    viewportRef.current
      ?.querySelector<HTMLElement>(`[data-row="${current.row}"][data-column="${current.column}"]`)
      ?.focus({ preventScroll: true });
  });

  // Only a new first relevant column scrolls; re-renders must not fight the user's scrolling.
  const firstRelevant = focusColumns?.[0];
  useEffect(() => {
    if (firstRelevant !== undefined && firstRelevant < columnCount) {
      columnVirtualizer.scrollToIndex(firstRelevant, { align: 'center' });
    }
  }, [firstRelevant, columnCount, columnVirtualizer]);

  const cellAt = (position: GridPosition): CellDetailContent => {
    const row = dataRow(position.row);
    return {
      column: revealBidi(model.columns[position.column] ?? ''),
      row: row + 1,
      value: rows[row + 1]?.[position.column] ?? '',
      error: row < 0 ? undefined : cellError(model, row, position.column),
    };
  };

  const describe = (position: GridPosition) => {
    const row = dataRow(position.row);
    const column = model.columns[position.column] ?? '';
    const error = cellError(model, row, position.column);
    const vars = { column, row: row + 1 };
    return error
      ? t('activeCellInvalid', { ...vars, error: error.replace(/\n/g, '; ') })
      : t('activeCell', vars);
  };

  const activate = (next: GridPosition, focus: boolean) => {
    setActive(next);
    if (focus) {
      moveFocus.current = true;
      setAnnouncement(describe(next));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target as HTMLElement).matches('[role="gridcell"]')) return;
    const key =
      isRtl && event.key === 'ArrowLeft'
        ? 'ArrowRight'
        : isRtl && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : event.key;
    const viewportHeight = viewportRef.current?.clientHeight ?? rowHeight * 10;
    const next = nextGridPosition(
      current,
      { key, ctrlKey: event.ctrlKey, metaKey: event.metaKey },
      { rows: rowCount, columns: columnCount, pageSize: Math.floor(viewportHeight / rowHeight) - 1 },
    );
    if (!next) return;
    event.preventDefault();
    activate(next, true);
  };

  const positionOf = (target: EventTarget): GridPosition | null => {
    const cell = (target as HTMLElement).closest?.('[data-slot="preview-table-cell"]');
    if (!cell) return null;
    return { row: Number(cell.getAttribute('data-row')), column: Number(cell.getAttribute('data-column')) };
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    setFocusWithin(true);
    const position = positionOf(event.target);
    if (position && (position.row !== current.row || position.column !== current.column)) {
      setActive(position);
      setAnnouncement(describe(position));
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
  };
  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const position = positionOf(event.target);
    if (position) setActive(position);
  };

  const virtualRows = rowVirtualizer.getVirtualItems();
  const rowSlots = useRowSlots(virtualRows);
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const totalWidth = columnVirtualizer.getTotalSize();
  const side = isRtl ? 'right' : 'left';

  return (
    <div data-slot="preview-table-sheet" className={sc('preview-table-sheet', className)}>
      <div
        ref={viewportRef}
        role="grid"
        aria-label={t('gridLabel', { sheet: model.name })}
        aria-rowcount={rowCount + 1}
        aria-colcount={columnCount + 1}
        data-slot="preview-table-viewport"
        className={sc('preview-table-viewport')}
        style={{
          overflow: 'auto',
          position: 'relative',
          height,
          maxHeight: unstyled && height === undefined ? 480 : undefined,
        }}
        data-state={focusWithin ? 'focused' : 'idle'}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
        onMouseDown={onMouseDown}
      >
        <div
          data-slot="preview-table-canvas"
          className={sc('preview-table-canvas')}
          style={{
            height: rowVirtualizer.getTotalSize(),
            width: totalWidth,
            position: 'relative',
            contain: 'strict',
          }}
        >
          <div
            role="rowgroup"
            data-slot="preview-table-head"
            className={sc('preview-table-head')}
            style={{ ...STICKY_HEAD, width: totalWidth }}
          >
            <div
              ref={headerRowRef}
              role="row"
              aria-rowindex={1}
              data-slot="preview-table-header-row"
              className={sc('preview-table-header-row')}
              style={{ position: 'relative', display: 'flex' }}
            >
              <div
                role="columnheader"
                aria-colindex={1}
                data-slot="preview-table-corner"
                className={sc('preview-table-corner')}
                style={{ ...STICKY_START, width: rowHeaderWidth }}
              >
                {t('rowNumber')}
              </div>
              {virtualColumns.map((column) => {
                const invalidCount = model.invalidPerColumn[column.index] ?? 0;
                return (
                  <div
                    key={column.key}
                    role="columnheader"
                    aria-colindex={column.index + 2}
                    aria-description={relevant.has(column.index) ? t('relevantColumn') : undefined}
                    data-slot="preview-table-column-header"
                    className={sc('preview-table-column-header')}
                    data-relevant={relevant.has(column.index) ? '' : undefined}
                    data-invalid={invalidCount > 0 ? '' : undefined}
                    style={{ ...ABSOLUTE_CELL, [side]: column.start, width: column.size }}
                  >
                    <span
                      data-slot="preview-table-column-name"
                      className={sc('preview-table-column-name')}
                      dir="auto"
                    >
                      {revealBidi(model.columns[column.index] ?? '')}
                    </span>
                    {invalidCount > 0 ? (
                      <span
                        data-slot="preview-table-column-badge"
                        className={sc('preview-table-column-badge')}
                        title={t('columnInvalid', { count: invalidCount })}
                      >
                        <span aria-hidden="true">{invalidCount > 999 ? '999+' : invalidCount}</span>
                        <VisuallyHidden.Root>
                          {t('columnInvalid', { count: invalidCount })}
                        </VisuallyHidden.Root>
                      </span>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" data-slot="preview-table-body" className={sc('preview-table-body')}>
            {virtualRows.map((virtualRow) => {
              const row = dataRow(virtualRow.index);
              const cells = rows[row + 1] ?? [];
              const flagged = model.flagged.has(row);
              return (
                <div
                  key={rowSlots.get(virtualRow.index)}
                  role="row"
                  aria-rowindex={virtualRow.index + 2}
                  data-slot="preview-table-row"
                  className={sc('preview-table-row', 'vk-preview-row')}
                  data-state={flagged ? 'flagged' : 'valid'}
                  data-even={virtualRow.index % 2 === 1 ? '' : undefined}
                  style={{
                    ...ABSOLUTE_ROW,
                    transform: `translateY(${virtualRow.start}px)`,
                    width: totalWidth,
                    height: rowHeight,
                  }}
                >
                  <div
                    role="rowheader"
                    aria-colindex={1}
                    data-slot="preview-table-row-header"
                    className={sc('preview-table-row-header', 'vk-preview-row-header')}
                    style={{ ...STICKY_START, height: '100%', width: rowHeaderWidth }}
                  >
                    {row + 1}
                  </div>
                  {virtualColumns.map((column) => {
                    const isActive = virtualRow.index === current.row && column.index === current.column;
                    return (
                      <GridCell
                        key={column.key}
                        row={virtualRow.index}
                        column={column.index}
                        value={cells[column.index] ?? ''}
                        error={cellError(model, row, column.index)}
                        active={isActive}
                        relevant={relevant.has(column.index)}
                        offset={column.start}
                        width={column.size}
                        side={side}
                        invalidLabel={t('invalidCell')}
                      />
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <CellDetail active={current} cellAt={cellAt} grid={viewportRef} hidden={rowCount === 0} />
      <VisuallyHidden.Root role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden.Root>
    </div>
  );
}
