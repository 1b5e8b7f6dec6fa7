'use client';
import { type MigrationFlow, useVernRetrying } from '@vernkit/react';
import { useEffect, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { migrationFlowLabels } from './labels.ts';

/** A single quick retry is not worth a word; a busy spell that lasts this long is. */
export const BUSY_NOTICE_DELAY_MS = 3_000;

/**
 * Reads the flow keeps repeating on its own (the run's poll, the thread) and that Vern is
 * rate-limiting: a notice, not an error, since nothing is lost and nothing needs doing.
 */
export function isBusyRead(flow: Pick<MigrationFlow, 'error' | 'errorSource'>): boolean {
  return flow.error?.kind === 'rate_limited' && (flow.errorSource === 'run' || flow.errorSource === 'thread');
}

/**
 * A calm, polite "busy, retrying…" while the client backs off from 429s (or the run's reads
 * keep being refused), shown only once the spell has lasted a moment.
 */
export function BusyNotice({ flow }: { flow: MigrationFlow }) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const { retrying, kind } = useVernRetrying();
  const busy = (retrying && kind === 'rate_limited') || isBusyRead(flow);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), BUSY_NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  if (!busy || !shown) return null;
  return (
    <Alert tone="info" data-slot="migration-flow-busy" className={sc('migration-flow-busy')}>
      {t('busyRetrying')}
    </Alert>
  );
}
