'use client';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * Move focus to the new step's heading whenever the step changes, so keyboard and screen
 * reader users land on what just appeared. Not on first render: opening the page must not
 * steal focus from the host.
 */
export function useStepFocus(step: string, heading: RefObject<HTMLElement | null>): void {
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    heading.current?.focus({ preventScroll: false });
  }, [step, heading]);
}
