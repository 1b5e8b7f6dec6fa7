'use client';
import { Progress } from 'radix-ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useLabelsContext } from '../labels/LabelsProvider.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Badge } from '../primitives/Badge.tsx';
import { Button } from '../primitives/Button.tsx';
import { ConfirmDialog } from '../primitives/ConfirmDialog.tsx';
import { LiveRegion } from '../primitives/LiveRegion.tsx';
import { VisuallyHidden } from '../primitives/VisuallyHidden.tsx';
import { formatElapsed, isoDuration } from './formatElapsed.ts';
import { runProgressLabels } from './labels.ts';
import { type AnyRun, blockedReason, runError, runMessage, runStatusInfo } from './runStatus.ts';
import { useElapsed } from './useElapsed.ts';

export interface RunProgressProps {
  /** A polled run of either API generation (`Run` or `ImportRun`). */
  run: AnyRun;
  /** A heading for the phase, e.g. "Preparing your preview". */
  title?: ReactNode;
  /** When the clock starts; defaults to the run's `created_at`, else when this component first saw it. */
  startedAt?: string | Date;
  /** Determinate progress from 0 to 1 when the host knows it; otherwise the bar is indeterminate while active. */
  progress?: number | null;
  /** Cancel the run (after the user confirms). Omit to hide the button. A rejected promise shows its error in the dialog. */
  onCancel?: () => unknown;
  /** Shown under the status, e.g. `<AgentActivity>`. */
  children?: ReactNode;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'run-progress-status': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * Where a run stands: a status badge (`data-status`), the agent's progress message, the time
 * elapsed, a progress bar, and a confirmed cancel. Status changes are announced politely.
 */
export const RunProgress = withSlotClasses(function RunProgress({
  run,
  title,
  startedAt,
  progress,
  onCancel,
  children,
  className,
}: RunProgressProps) {
  const sc = useSlotClass();
  const t = useLabels('runProgress', runProgressLabels);
  const { locale } = useLabelsContext();
  const info = runStatusInfo(run.status);
  const sawActive = useRef(false);
  if (info.active) sawActive.current = true;
  const elapsed = useElapsed(startedAt ?? run.created_at, info.active);

  const statusLabel =
    run.status === 'unknown'
      ? t('status_unknown', { status: run.raw_status ? revealBidi(run.raw_status) : t('unknownStatus') })
      : t(`status_${run.status}`);
  const reason = blockedReason(run);
  // A failed run's error is its message: one place, in the run's own words. It is untrusted
  // text: bidi controls are shown as markers (the paragraph's `dir="auto"` isolates it).
  const serverText = runError(run) ?? runMessage(run);
  const message =
    serverText === null
      ? reason === 'question' || reason === 'credentials'
        ? t(`message_blocked_${reason}`)
        : t(`message_${run.status}`)
      : revealBidi(serverText);

  // Announce changes of status, not the status the page opened on.
  const [announcement, setAnnouncement] = useState('');
  const lastStatus = useRef(`${run.status}:${reason ?? ''}`);
  useEffect(() => {
    const key = `${run.status}:${reason ?? ''}`;
    if (key === lastStatus.current) return;
    lastStatus.current = key;
    setAnnouncement(t('announce', { status: statusLabel, message }));
  }, [run.status, reason, statusLabel, message, t]);

  const determinate = typeof progress === 'number' && Number.isFinite(progress);
  const value =
    info.settled || run.status === 'awaiting_approval'
      ? 100
      : determinate
        ? Math.round(Math.min(1, Math.max(0, progress)) * 100)
        : null;
  // A stopped run has no progress to show; its badge and message say it all.
  const showBar = info.active || (value !== null && run.status !== 'failed' && run.status !== 'canceled');

  return (
    <div
      data-slot="run-progress"
      data-status={run.status}
      aria-busy={info.active || undefined}
      className={sc('run-progress', 'vk-run-progress', className)}
    >
      <div data-slot="run-progress-header" className={sc('run-progress-header')}>
        <Badge
          tone={info.tone}
          data-slot="run-progress-status"
          className={sc('run-progress-status')}
          data-status={run.status}
        >
          {info.active && run.status !== 'unknown' ? (
            <span data-slot="run-progress-pulse" className={sc('run-progress-pulse')} aria-hidden="true" />
          ) : null}
          {statusLabel}
        </Badge>
        {elapsed !== null && (info.active || sawActive.current) ? (
          <span data-slot="run-progress-elapsed" className={sc('run-progress-elapsed')}>
            <VisuallyHidden>{t('elapsed')}: </VisuallyHidden>
            <time dateTime={isoDuration(elapsed)}>{formatElapsed(elapsed, locale)}</time>
          </span>
        ) : null}
        {onCancel && info.cancellable ? (
          <ConfirmDialog
            trigger={
              <Button
                variant="ghost"
                size="sm"
                data-slot="run-progress-cancel"
                className={sc('run-progress-cancel')}
              >
                {t('cancel')}
              </Button>
            }
            title={t('cancelTitle')}
            description={t('cancelDescription')}
            confirmLabel={t('cancelConfirm')}
            cancelLabel={t('cancelKeep')}
            tone="danger"
            onConfirm={onCancel}
          />
        ) : null}
      </div>
      {title ? (
        <h3 data-slot="run-progress-title" className={sc('run-progress-title')}>
          {title}
        </h3>
      ) : null}
      <p data-slot="run-progress-message" className={sc('run-progress-message')} dir="auto">
        {message}
      </p>
      {showBar ? (
        <Progress.Root
          data-slot="run-progress-bar"
          value={value}
          max={100}
          aria-label={t('progress')}
          className={sc('run-progress-bar', 'vk-run-progress__bar')}
        >
          <Progress.Indicator
            data-slot="run-progress-indicator"
            className={sc('run-progress-indicator')}
            style={value === null ? undefined : { transform: `translateX(-${100 - value}%)` }}
          />
        </Progress.Root>
      ) : null}
      {children}
      <LiveRegion message={announcement} />
    </div>
  );
});
