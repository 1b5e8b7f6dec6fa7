import * as React from 'react';

type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Suspend until `promise` settles: React 19's `use`, or the equivalent thrown-promise protocol
 * on React 18 (the peer range starts there). Property access keeps a React 18 bundle from
 * failing on a missing `use` export.
 */
export function readPromise<T>(promise: Promise<T>): T {
  const reactUse = (React as { use?: <V>(p: Promise<V>) => V }).use;
  if (typeof reactUse === 'function') return reactUse(promise);
  const tracked = promise as Tracked<T>;
  if (tracked.status === 'fulfilled') return tracked.value as T;
  if (tracked.status === 'rejected') throw tracked.reason;
  if (tracked.status !== 'pending') {
    tracked.status = 'pending';
    tracked.then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
      },
      (reason) => {
        tracked.status = 'rejected';
        tracked.reason = reason;
      },
    );
  }
  throw tracked;
}
