import { revealBidi } from '../internal/Untrusted.tsx';

/**
 * A readable message from whatever a rejected callback threw (a `VernApiError`, an `Error`, a
 * string). It is often the server's own `error` text, so bidi controls are made visible.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (typeof error === 'string' && error.trim()) return revealBidi(error);
  if (error instanceof Error && error.message.trim()) return revealBidi(error.message);
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const m = (error as { message: unknown }).message;
    if (typeof m === 'string' && m.trim()) return revealBidi(m);
  }
  return fallback;
}
