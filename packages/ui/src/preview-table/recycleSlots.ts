/**
 * Keys for the rendered rows of a virtualized list, chosen so a scroll reuses the elements of
 * rows that left the viewport for rows that entered it: React updates their text and
 * attributes instead of unmounting and mounting a screenful of cells, which is what made the
 * browser recalculate the styles of every cell on every frame.
 *
 * `indexes` is ascending (the DOM order). An index still rendered keeps its key, so its
 * element, and focus inside it, survive. An index entering after every kept one takes a freed
 * key, oldest position first: React then moves at most the reused elements, never the kept
 * ones. An index entering before a kept one gets a fresh key from `fresh()` instead: reusing
 * there would make React move every kept row behind it, which costs more than a new row.
 */
export function recycleSlots(
  previous: ReadonlyMap<number, number>,
  indexes: readonly number[],
  fresh: () => number,
): Map<number, number> {
  const rendered = new Set(indexes);
  const freed: number[] = [];
  for (const [index, slot] of previous) if (!rendered.has(index)) freed.push(slot);
  let lastKept = Number.NEGATIVE_INFINITY;
  for (const index of indexes) if (previous.has(index)) lastKept = index;

  const next = new Map<number, number>();
  let reuse = 0;
  for (const index of indexes) {
    const kept = previous.get(index);
    if (kept !== undefined) next.set(index, kept);
    else if (index > lastKept && reuse < freed.length) next.set(index, freed[reuse++] as number);
    else next.set(index, fresh());
  }
  return next;
}
