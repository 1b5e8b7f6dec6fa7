import { isVernApiError, VernApiError } from '@vernkit/core';

/** The flows promise typed errors; anything else (an abort, a bug) is wrapped, not lost. */
export function toVernApiError(error: unknown): VernApiError {
  if (isVernApiError(error)) return error;
  const aborted = error instanceof Error && error.name === 'AbortError';
  return new VernApiError({
    kind: aborted ? 'network' : 'invalid_response',
    status: 0,
    message: aborted ? 'The request was aborted' : error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
