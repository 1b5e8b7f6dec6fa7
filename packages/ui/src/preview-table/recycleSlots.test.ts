import { describe, expect, it } from 'vitest';
import { recycleSlots } from './recycleSlots.ts';

function counter(start = 100) {
  let next = start;
  return () => next++;
}

describe('recycleSlots', () => {
  it('keys a first range with fresh slots', () => {
    expect([...recycleSlots(new Map(), [10, 11, 12], counter())]).toEqual([
      [10, 100],
      [11, 101],
      [12, 102],
    ]);
  });

  it('scrolling down: kept rows keep their slot, entering rows reuse the freed ones in order', () => {
    const fresh = counter();
    const first = recycleSlots(new Map(), [10, 11, 12, 13], fresh);
    const next = recycleSlots(first, [12, 13, 14, 15], fresh);
    expect([...next]).toEqual([
      [12, 102],
      [13, 103],
      [14, 100],
      [15, 101],
    ]);
  });

  it('scrolling up: rows entering above kept rows are new, so the kept rows never move', () => {
    const fresh = counter();
    const first = recycleSlots(new Map(), [10, 11, 12, 13], fresh);
    const next = recycleSlots(first, [8, 9, 10, 11], fresh);
    expect([...next]).toEqual([
      [8, 104],
      [9, 105],
      [10, 100],
      [11, 101],
    ]);
  });

  it('a jump reuses every slot in the same order, so nothing moves', () => {
    const fresh = counter();
    const first = recycleSlots(new Map(), [10, 11, 12], fresh);
    const next = recycleSlots(first, [5_000, 5_001, 5_002], fresh);
    expect([...next.values()]).toEqual([100, 101, 102]);
  });

  it('never gives two rendered indexes the same slot, with a pinned index far away', () => {
    const fresh = counter();
    let slots = recycleSlots(new Map(), [0, 1, 2, 3], fresh);
    for (const start of [2, 50, 51, 5_000, 99_990, 40, 39]) {
      const indexes = [0, start + 1, start + 2, start + 3, start + 4];
      slots = recycleSlots(slots, indexes, fresh);
      expect(slots.get(0)).toBe(100);
      expect(new Set(slots.values()).size).toBe(indexes.length);
      expect([...slots.keys()]).toEqual(indexes);
    }
  });
});
