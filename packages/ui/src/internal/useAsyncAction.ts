'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { settle } from './actionResult.ts';

export type AsyncStatus = 'idle' | 'pending' | 'error' | 'success';

/**
 * Runs a host callback that may return a promise, once at a time: a second call while the
 * first is pending is dropped (a double click never sends twice). A rejection or a resolved
 * `{ ok: false, error }` is kept for display; nothing the user typed is touched.
 */
export function useAsyncAction<A extends unknown[]>(action: (...args: A) => unknown) {
  const [status, setStatus] = useState<AsyncStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const latest = useRef(action);
  latest.current = action;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setStatus('pending');
    setError(null);
    try {
      await settle(latest.current(...args));
      if (mounted.current) setStatus('success');
      return true;
    } catch (err) {
      if (mounted.current) {
        setError(err);
        setStatus('error');
      }
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  const reset = useCallback(() => {
    setStatus('idle');
    setError(null);
  }, []);

  return { run, status, error, pending: status === 'pending', reset };
}
