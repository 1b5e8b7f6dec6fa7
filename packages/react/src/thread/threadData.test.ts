import type { ThreadEvent } from '@vernkit/core';
import { EMPTY_THREAD, mergeThreadEvents } from './threadData.ts';

const event = (sequence: number, type = 'message'): ThreadEvent => ({
  sequence,
  type,
  data: { text: `#${sequence}` },
});

describe('mergeThreadEvents', () => {
  it('appends in order and moves the cursor', () => {
    const thread = mergeThreadEvents(EMPTY_THREAD, [event(1), event(2), event(5)]);
    expect(thread.events.map((e) => e.sequence)).toEqual([1, 2, 5]);
    expect(thread.lastSequence).toBe(5);
  });

  it('drops events already held, from a resumed stream or a snapshot overlap', () => {
    const first = mergeThreadEvents(EMPTY_THREAD, [event(1), event(2), event(3)]);
    const again = mergeThreadEvents(first, [event(2), event(3), event(4)]);
    expect(again.events.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
  });

  it('returns the same object when nothing is new, so nothing re-renders', () => {
    const thread = mergeThreadEvents(EMPTY_THREAD, [event(1), event(2)]);
    expect(mergeThreadEvents(thread, [event(1), event(2)])).toBe(thread);
    expect(mergeThreadEvents(thread, [])).toBe(thread);
  });

  it('slots a late event into place without moving the cursor back', () => {
    const thread = mergeThreadEvents(EMPTY_THREAD, [event(1), event(4)]);
    const late = mergeThreadEvents(thread, [event(3)]);
    expect(late.events.map((e) => e.sequence)).toEqual([1, 3, 4]);
    expect(late.lastSequence).toBe(4);
  });
});
