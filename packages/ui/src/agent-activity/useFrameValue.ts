'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, updated at most once per animation frame: a stream delivering events faster than
 * the screen refreshes costs one render (and one virtualizer measure and scroll) per frame,
 * not one per event. The update is a transition, so React renders it in its own task after
 * the frame rather than inside the frame's callback, and a newer value replaces an unfinished
 * render. The newest value always lands, about a frame late.
 */
export function useFrameValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    if (typeof requestAnimationFrame !== 'function') {
      setShown(() => value);
      return;
    }
    // A newer value cancels this one and asks for the same frame again.
    const id = requestAnimationFrame(() => startTransition(() => setShown(() => value)));
    return () => cancelAnimationFrame(id);
  }, [value, shown]);
  return shown;
}
