import type { RetryInfo, VernClient, VernErrorKind } from '@vernkit/core';

/** Whether the client is backing off and sending requests again (429, 5xx, network). */
export interface VernRetryStatus {
  retrying: boolean;
  /** Why the latest retry happened. */
  kind: VernErrorKind | null;
  /** The latest retry's number within its request (1 = first retry). */
  attempt: number;
  /** `Date.now()` when this streak of retries began. */
  since: number | null;
}

export const IDLE_RETRY_STATUS: VernRetryStatus = { retrying: false, kind: null, attempt: 0, since: null };

/**
 * A streak ends when no retry was announced for the last wait plus this long: the retried
 * request has then had time to answer (successfully, or with the error the caller shows).
 */
const SETTLE_MS = 2_000;

export interface RetryStatusStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): VernRetryStatus;
  /** Follow a client's retries; returns the unsubscribe. Clients without `subscribeRetries` are ignored. */
  connect(client: VernClient | Promise<VernClient>): () => void;
}

export function createRetryStatusStore(): RetryStatusStore {
  let status = IDLE_RETRY_STATUS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: VernRetryStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };
  const report = (info: RetryInfo) => {
    clearTimeout(timer);
    set({ retrying: true, kind: info.kind, attempt: info.attempt, since: status.since ?? Date.now() });
    timer = setTimeout(() => set(IDLE_RETRY_STATUS), info.delayMs + SETTLE_MS);
  };
  const follow = (client: VernClient) =>
    typeof client.subscribeRetries === 'function' ? client.subscribeRetries(report) : () => undefined;

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => status,
    connect(client) {
      let stop: (() => void) | undefined;
      let closed = false;
      if (typeof (client as { then?: unknown }).then === 'function') {
        void (client as Promise<VernClient>).then(
          (resolved) => {
            if (!closed) stop = follow(resolved);
          },
          () => undefined,
        );
      } else {
        stop = follow(client as VernClient);
      }
      return () => {
        closed = true;
        stop?.();
        clearTimeout(timer);
        if (status.retrying) set(IDLE_RETRY_STATUS);
      };
    },
  };
}
