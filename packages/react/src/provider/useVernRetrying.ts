import { useContext, useSyncExternalStore } from 'react';
import { IDLE_RETRY_STATUS, type VernRetryStatus } from './retryStatus.ts';
import { VernContext } from './VernContext.ts';

const noop = () => () => undefined;
const idle = () => IDLE_RETRY_STATUS;

/**
 * Whether the provider's client is backing off and retrying (a 429 burst, a 5xx, a dropped
 * connection), for a calm "busy, retrying" notice instead of silence or an error. Idle outside
 * a `<VernProvider>` and on the server.
 *
 * @example
 * const { retrying, kind } = useVernRetrying();
 * if (retrying && kind === 'rate_limited') return <p role="status">Busy, retrying…</p>;
 */
export function useVernRetrying(): VernRetryStatus {
  const store = useContext(VernContext)?.retryStatus;
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? idle, idle);
}
