'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * Milliseconds since `since` (or since the first render when unknown), refreshed once a
 * second while `ticking`. `null` until mounted, so server and client render the same markup.
 */
export function useElapsed(since: string | Date | undefined, ticking: boolean): number | null {
  const mountedAt = useRef<number | null>(null);
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    mountedAt.current ??= Date.now();
    setNow(Date.now());
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);

  if (now === null) return null;
  const start = since === undefined ? Number.NaN : new Date(since).getTime();
  const from = Number.isNaN(start) ? (mountedAt.current ?? now) : start;
  return Math.max(0, now - from);
}
