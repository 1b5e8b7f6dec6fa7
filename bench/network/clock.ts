import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** Moves the fake clock, letting every timer, fetch and React update it triggers run. */
export const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Advances in small steps until `done()` holds; throws (naming `what`) if `limitMs` passes first. */
export async function until(what: string, done: () => boolean, limitMs = 30 * 60_000, stepMs = 500) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > limitMs) throw new Error(`bench: still waiting for ${what} after ${limitMs} ms`);
    await advance(stepMs);
  }
}

/**
 * Starts `action` and moves the clock until it settles: a request may wait on a timer (a
 * rate-limit token, a retry backoff) that only the clock can fire, so awaiting it alone would
 * wait forever.
 */
export async function perform<T>(what: string, action: () => Promise<T>): Promise<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  await act(async () => {
    action().then(
      (value) => {
        outcome = { value };
      },
      (error: unknown) => {
        outcome = { error };
      },
    );
  });
  await until(what, () => outcome !== undefined, 30 * 60_000, 100);
  const settled = outcome as { value: T } | { error: unknown };
  if ('error' in settled) throw settled.error;
  return settled.value;
}
