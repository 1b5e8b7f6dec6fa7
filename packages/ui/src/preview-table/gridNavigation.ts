/** A cell position in the displayed grid: `row` is the displayed row (after filtering), `column` the column index. */
export interface GridPosition {
  row: number;
  column: number;
}

export interface GridBounds {
  rows: number;
  columns: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  pageSize: number;
}

/**
 * The ARIA grid pattern's keys (https://www.w3.org/WAI/ARIA/apg/patterns/grid/):
 * arrows, Home/End within the row, Ctrl+Home/End to the grid's corners, PageUp/PageDown
 * by a viewport. Returns null for keys the grid does not handle, so they keep their default.
 */
export function nextGridPosition(
  from: GridPosition,
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  bounds: GridBounds,
): GridPosition | null {
  if (bounds.rows === 0 || bounds.columns === 0) return null;
  const lastRow = bounds.rows - 1;
  const lastColumn = bounds.columns - 1;
  const page = Math.max(1, bounds.pageSize - 1);
  const toCorner = event.ctrlKey || event.metaKey;
  const clamp = (row: number, column: number): GridPosition => ({
    row: Math.min(lastRow, Math.max(0, row)),
    column: Math.min(lastColumn, Math.max(0, column)),
  });
  switch (event.key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.column);
    case 'ArrowDown':
      return clamp(from.row + 1, from.column);
    case 'ArrowLeft':
      return clamp(from.row, from.column - 1);
    case 'ArrowRight':
      return clamp(from.row, from.column + 1);
    case 'Home':
      return toCorner ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return toCorner ? clamp(lastRow, lastColumn) : clamp(from.row, lastColumn);
    case 'PageUp':
      return clamp(from.row - page, from.column);
    case 'PageDown':
      return clamp(from.row + page, from.column);
    default:
      return null;
  }
}

/** Keep a remembered position inside a grid that shrank (a filter, another sheet). */
export function clampPosition(
  position: GridPosition,
  bounds: Pick<GridBounds, 'rows' | 'columns'>,
): GridPosition {
  return {
    row: Math.max(0, Math.min(bounds.rows - 1, position.row)),
    column: Math.max(0, Math.min(bounds.columns - 1, position.column)),
  };
}
