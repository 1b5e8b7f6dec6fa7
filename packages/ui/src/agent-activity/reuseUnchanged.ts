import type { FeedItem } from './feedItems.ts';

/**
 * `next`, with each item equal to the previous render's item of the same key replaced by that
 * object: the memoized rows of a long feed then skip re-rendering when one event arrives, and
 * only new or changed items (a step that finished) render again.
 */
export function reuseUnchanged(previous: readonly FeedItem[], next: FeedItem[]): FeedItem[] {
  if (previous.length === 0) return next;
  const byKey = new Map<string, FeedItem>();
  for (const item of previous) byKey.set(item.key, item);
  return next.map((item) => {
    const old = byKey.get(item.key);
    return old && shallowEqual(old, item) ? old : item;
  });
}

function shallowEqual(a: FeedItem, b: FeedItem): boolean {
  if (a.kind !== b.kind) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.is(left[key], right[key]));
}
