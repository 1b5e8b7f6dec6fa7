import { describe, expect, it } from 'vitest';
import type { FeedItem } from './feedItems.ts';
import { reuseUnchanged } from './reuseUnchanged.ts';

const status = (key: string, text: string): FeedItem => ({ kind: 'status', key, text });
const step = (key: string, state: 'running' | 'done'): FeedItem => ({
  kind: 'step',
  key,
  tool: 'validate_rows',
  detail: null,
  state,
  error: null,
});

describe('reuseUnchanged', () => {
  it('keeps the previous object of every unchanged item and takes the new and changed ones', () => {
    const previous = [status('e1', 'Reading'), step('e2', 'running')];
    const next = [status('e1', 'Reading'), step('e2', 'done'), status('e3', 'Matching')];
    const result = reuseUnchanged(previous, next);
    expect(result[0]).toBe(previous[0]);
    expect(result[1]).toBe(next[1]);
    expect(result[1]).toMatchObject({ state: 'done' });
    expect(result[2]).toBe(next[2]);
  });

  it('takes an item whose text changed under the same key', () => {
    const previous = [status('e1', 'Reading')];
    const next = [status('e1', 'Reading again')];
    expect(reuseUnchanged(previous, next)[0]).toBe(next[0]);
  });

  it('returns the new list as is after an empty one', () => {
    const next = [status('e1', 'Reading')];
    expect(reuseUnchanged([], next)).toBe(next);
  });
});
