import { useRef } from 'react';

/** A ref that always holds the latest render's value, for stable callbacks that read fresh state. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
