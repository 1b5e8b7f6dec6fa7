import { describe, expect, it } from 'vitest';
import { clampPosition, nextGridPosition } from './gridNavigation.ts';

const bounds = { rows: 100, columns: 5, pageSize: 10 };
const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrlKey ?? false,
  metaKey: mods.metaKey ?? false,
});

describe('nextGridPosition', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextGridPosition({ row: 3, column: 2 }, key('ArrowDown'), bounds)).toEqual({ row: 4, column: 2 });
    expect(nextGridPosition({ row: 3, column: 2 }, key('ArrowUp'), bounds)).toEqual({ row: 2, column: 2 });
    expect(nextGridPosition({ row: 3, column: 2 }, key('ArrowLeft'), bounds)).toEqual({ row: 3, column: 1 });
    expect(nextGridPosition({ row: 3, column: 2 }, key('ArrowRight'), bounds)).toEqual({ row: 3, column: 3 });
    expect(nextGridPosition({ row: 0, column: 0 }, key('ArrowUp'), bounds)).toEqual({ row: 0, column: 0 });
    expect(nextGridPosition({ row: 99, column: 4 }, key('ArrowRight'), bounds)).toEqual({
      row: 99,
      column: 4,
    });
  });

  it('goes to the row ends with Home/End and to the grid corners with Ctrl or Cmd', () => {
    expect(nextGridPosition({ row: 7, column: 2 }, key('Home'), bounds)).toEqual({ row: 7, column: 0 });
    expect(nextGridPosition({ row: 7, column: 2 }, key('End'), bounds)).toEqual({ row: 7, column: 4 });
    expect(nextGridPosition({ row: 7, column: 2 }, key('Home', { ctrlKey: true }), bounds)).toEqual({
      row: 0,
      column: 0,
    });
    expect(nextGridPosition({ row: 7, column: 2 }, key('End', { metaKey: true }), bounds)).toEqual({
      row: 99,
      column: 4,
    });
  });

  it('pages by the viewport minus one row, keeping one row of context', () => {
    expect(nextGridPosition({ row: 20, column: 1 }, key('PageDown'), bounds)).toEqual({ row: 29, column: 1 });
    expect(nextGridPosition({ row: 5, column: 1 }, key('PageUp'), bounds)).toEqual({ row: 0, column: 1 });
    expect(nextGridPosition({ row: 95, column: 1 }, key('PageDown'), bounds)).toEqual({ row: 99, column: 1 });
  });

  it('leaves other keys and empty grids alone', () => {
    expect(nextGridPosition({ row: 0, column: 0 }, key('a'), bounds)).toBeNull();
    expect(nextGridPosition({ row: 0, column: 0 }, key('ArrowDown'), { ...bounds, rows: 0 })).toBeNull();
  });
});

describe('clampPosition', () => {
  it('pulls a position back into a smaller grid', () => {
    expect(clampPosition({ row: 50, column: 9 }, { rows: 3, columns: 2 })).toEqual({ row: 2, column: 1 });
  });
});
