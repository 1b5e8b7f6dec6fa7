'use client';
import type { DecisionAnswer, DecisionRequest, NeedsAttention, Report } from '@vernkit/core';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { settle } from '../internal/actionResult.ts';
import { cx } from '../internal/cx.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { ConfirmDialog } from '../primitives/ConfirmDialog.tsx';
import { ApplyFixButton } from '../proposed-patch/ApplyFixButton.tsx';
import { proposedPatchLabels } from '../proposed-patch/labels.ts';
import { ProposedPatch } from '../proposed-patch/ProposedPatch.tsx';
import { QuestionForm } from '../question-form/QuestionForm.tsx';
import { ImportStats } from './ImportStats.tsx';
import { flaggedRowsReviewLabels } from './labels.ts';

export interface FlaggedRowsReviewProps {
  /** The run's `needs_attention`: questions and the proposed patch. */
  needsAttention: NeedsAttention;
  /** The run's (partial) report: rows imported, rows flagged, rows per sheet. */
  report?: Partial<Report> | null;
  /**
   * Send the decision: `{ decision: 'approve' }` (apply the patch), `{ decision: 'approve',
   * answers }` (the user's own answers) or `{ decision: 'reject' }`. A failure is shown where
   * it happened and every choice stays available.
   */
  onDecide: (decision: DecisionRequest) => unknown;
  heading?: ReactNode | false;
  headingLevel?: 2 | 3;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'flagged-rows-review-actions': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

type View = 'patch' | 'questions';

/**
 * The imports `needs_attention` step: the report numbers, Vern's suggested fix with every
 * action (destructive ones confirmed), "Let me decide" for the questions, and reject.
 */
export const FlaggedRowsReview = withSlotClasses(function FlaggedRowsReview({
  needsAttention,
  report,
  onDecide,
  heading,
  headingLevel = 2,
  className,
}: FlaggedRowsReviewProps) {
  const sc = useSlotClass();
  const t = useLabels('flaggedRowsReview', flaggedRowsReviewLabels);
  const tPatch = useLabels('proposedPatch', proposedPatchLabels);
  const headingId = useId();
  const questions = needsAttention.questions;
  const patch = needsAttention.proposed_patch ?? null;
  const hasPatch = Boolean(patch && (patch.actions.length || patch.summary));
  const [view, setView] = useState<View>(hasPatch ? 'patch' : 'questions');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const moveFocus = useRef(false);

  const sheetNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const s of report?.perSheet ?? []) if (s.sheetId) names[s.sheetId] = s.templateName;
    return names;
  }, [report]);

  // A fresh pause (new questions or a new patch) starts over on the suggested fix.
  const key = `${questions.map((q) => q.id).join('\u0000')}|${patch?.summary ?? ''}|${patch?.actions.length ?? 0}`;
  const lastKey = useRef(key);
  useEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    setView(hasPatch ? 'patch' : 'questions');
    setSent(false);
  }, [key, hasPatch]);

  // The heading of the view just switched to takes focus as it mounts.
  const focusOnMount = useCallback((el: HTMLHeadingElement | null) => {
    if (el && moveFocus.current) {
      moveFocus.current = false;
      el.focus();
    }
  }, []);

  const switchTo = (next: View) => {
    moveFocus.current = true;
    setView(next);
  };

  /** One decision at a time, whichever button sent it. */
  const decide = useCallback(
    async (decision: DecisionRequest) => {
      if (busyRef.current) throw new Error(t('busy'));
      busyRef.current = true;
      setBusy(true);
      try {
        await settle(onDecide(decision));
        setSent(true);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [onDecide, t],
  );

  const Heading = `h${headingLevel}` as 'h2';
  const SubHeading = `h${headingLevel + 1}` as 'h3';

  return (
    <section
      data-slot="flagged-rows-review"
      data-state={sent ? 'sent' : busy ? 'pending' : 'idle'}
      data-view={view}
      aria-labelledby={heading === false ? undefined : headingId}
      aria-label={heading === false ? t('heading') : undefined}
      className={cx('vk-flagged-review', 'vk-card', className)}
    >
      {heading === false ? null : (
        <div className="vk-flagged-review__header">
          <Heading
            id={headingId}
            className={sc('flagged-rows-review-heading', 'vk-flagged-review__heading')}
            data-slot="flagged-rows-review-heading"
          >
            {heading ?? t('heading')}
          </Heading>
          <p className="vk-flagged-review__intro">{t('intro')}</p>
        </div>
      )}
      {report ? <ImportStats report={report} /> : null}

      {sent ? (
        <Alert tone="success" data-slot="flagged-rows-review-sent" className={sc('flagged-rows-review-sent')}>
          {t('sent')}
        </Alert>
      ) : view === 'patch' && patch ? (
        <div
          key="patch"
          className={sc('flagged-rows-review-patch', 'vk-flagged-review__view')}
          data-slot="flagged-rows-review-patch"
        >
          <SubHeading ref={focusOnMount} tabIndex={-1} className="vk-flagged-review__subheading">
            {tPatch('heading')}
          </SubHeading>
          <ProposedPatch patch={patch} questions={questions} sheetNames={sheetNames} heading={false} />
          <div
            className={sc('flagged-rows-review-actions', 'vk-flagged-review__actions')}
            data-slot="flagged-rows-review-actions"
          >
            <ApplyFixButton
              patch={patch}
              questions={questions}
              disabled={busy}
              onApply={() => decide({ decision: 'approve' })}
            />
            {questions.length ? (
              <Button
                variant="secondary"
                aria-disabled={busy || undefined}
                data-slot="flagged-rows-review-decide"
                className={sc('flagged-rows-review-decide')}
                onClick={() => switchTo('questions')}
              >
                {t('letMeDecide')}
              </Button>
            ) : null}
            <RejectButton busy={busy} onReject={() => decide({ decision: 'reject' })} />
          </div>
        </div>
      ) : (
        <div
          key="questions"
          className={sc('flagged-rows-review-questions', 'vk-flagged-review__view')}
          data-slot="flagged-rows-review-questions"
        >
          <SubHeading ref={focusOnMount} tabIndex={-1} className="vk-flagged-review__subheading">
            {t('questionsHeading')}
          </SubHeading>
          <QuestionForm
            answerFormat="imports"
            questions={questions}
            heading={false}
            submitLabel={t('submitDecision', { count: questions.length })}
            disabled={busy}
            onSubmit={(answers: DecisionAnswer[]) => decide({ decision: 'approve', answers })}
          />
          <div
            className={sc('flagged-rows-review-actions', 'vk-flagged-review__actions')}
            data-slot="flagged-rows-review-actions"
          >
            {hasPatch ? (
              <Button
                variant="ghost"
                data-slot="flagged-rows-review-back"
                className={sc('flagged-rows-review-back')}
                onClick={() => switchTo('patch')}
              >
                {t('backToFix')}
              </Button>
            ) : null}
            <RejectButton busy={busy} onReject={() => decide({ decision: 'reject' })} />
          </div>
        </div>
      )}
    </section>
  );
});

function RejectButton({ busy, onReject }: { busy: boolean; onReject: () => Promise<void> }) {
  const sc = useSlotClass();
  const t = useLabels('flaggedRowsReview', flaggedRowsReviewLabels);
  return (
    <ConfirmDialog
      trigger={
        <Button
          variant="ghost"
          className={sc('flagged-rows-review-reject', 'vk-flagged-review__reject')}
          aria-disabled={busy || undefined}
          data-slot="flagged-rows-review-reject"
        >
          {t('reject')}
        </Button>
      }
      tone="danger"
      title={t('rejectTitle')}
      description={t('rejectDescription')}
      confirmLabel={t('rejectConfirm')}
      onConfirm={onReject}
    />
  );
}
