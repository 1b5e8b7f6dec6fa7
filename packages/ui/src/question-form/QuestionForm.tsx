'use client';
import type { Answers, DecisionAnswer, Question } from '@vernkit/core';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { cx } from '../internal/cx.ts';
import { SegmentedControl } from '../internal/SegmentedControl.tsx';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { useAsyncAction } from '../internal/useAsyncAction.ts';
import { useLabels } from '../labels/useLabels.ts';
import { ActionError } from '../primitives/ActionError.tsx';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { LiveRegion } from '../primitives/LiveRegion.tsx';
import { TextField } from '../primitives/TextField.tsx';
import { AnswersEcho } from './AnswersEcho.tsx';
import { focusQuestion } from './focusQuestion.ts';
import { questionFormLabels } from './labels.ts';
import { QuestionField } from './QuestionField.tsx';
import {
  emptyDraft,
  type QuestionDraft,
  toDecisionAnswers,
  toStructuredAnswers,
  validateDrafts,
} from './questionModel.ts';

interface QuestionFormBaseProps {
  /** The run's questions (core's `Question`, either API generation). */
  questions: readonly Question[];
  /** The poll's `answers` read-back: shown as "You answered" once the server echoes it. */
  answers?: unknown;
  /** Offer "Reply in your own words" (a free-form string). Default: on for `current`, off for `imports`. */
  allowFreeform?: boolean;
  /** The form's heading; `false` hides it (the form is then named by its label). */
  heading?: ReactNode | false;
  headingLevel?: 2 | 3 | 4;
  /** Replaces the submit button's text ("Send answers"). */
  submitLabel?: ReactNode;
  disabled?: boolean;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'question-form-option': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

export type QuestionFormProps = QuestionFormBaseProps &
  (
    | {
        /** `current`: `POST …/messages` answers: `[{ id, value }]` or a free-form string. */
        answerFormat?: 'current';
        /** Send the answers; a rejected promise keeps the form as it was and shows the error. */
        onSubmit: (answers: Answers) => unknown;
      }
    | {
        /** `imports`: decision answers `{ question_id, option_id | custom }`. */
        answerFormat: 'imports';
        onSubmit: (answers: DecisionAnswer[]) => unknown;
      }
  );

type Mode = 'questions' | 'freeform';

/**
 * The agent's questions as a form: options, "Other…" free text, open questions, or one
 * free-form reply. Validates before sending, moves focus to the first unanswered question,
 * sends once while pending, and keeps every value when sending fails.
 */
export const QuestionForm = withSlotClasses(function QuestionForm(props: QuestionFormProps) {
  const sc = useSlotClass();
  const { questions, answers, heading, headingLevel = 2, submitLabel, disabled = false, className } = props;
  const format = props.answerFormat ?? 'current';
  const allowFreeform = props.allowFreeform ?? format === 'current';
  const t = useLabels('questionForm', questionFormLabels);
  const headingId = useId();
  const questionsKey = questions.map((q) => q.id).join('\u0000');

  const [mode, setMode] = useState<Mode>(questions.length === 0 && allowFreeform ? 'freeform' : 'questions');
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => questions.map(emptyDraft));
  const [showErrors, setShowErrors] = useState(false);
  const [freeform, setFreeform] = useState('');
  const [freeformError, setFreeformError] = useState(false);
  const [sent, setSent] = useState<unknown>(null);
  const containers = useRef<Array<HTMLFieldSetElement | null>>([]);
  const freeformRef = useRef<HTMLTextAreaElement>(null);
  const action = useAsyncAction((payload: Answers | DecisionAnswer[]) =>
    (props.onSubmit as (p: Answers | DecisionAnswer[]) => unknown)(payload),
  );
  const { reset } = action;

  // A new block brings new questions: start a fresh form for them.
  const lastKey = useRef(questionsKey);
  useEffect(() => {
    if (lastKey.current === questionsKey) return;
    lastKey.current = questionsKey;
    setDrafts(questions.map(emptyDraft));
    setShowErrors(false);
    setSent(null);
    reset();
  }, [questionsKey, questions, reset]);

  const errors = useMemo(() => validateDrafts(questions, drafts), [questions, drafts]);
  const invalidCount = errors.filter(Boolean).length;
  const pending = action.pending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || disabled) return;
    if (mode === 'freeform') {
      const text = freeform.trim();
      if (!text) {
        setFreeformError(true);
        freeformRef.current?.focus();
        return;
      }
      if (await action.run(text)) setSent(text);
      return;
    }
    if (invalidCount > 0) {
      setShowErrors(true);
      focusQuestion(containers.current[errors.findIndex(Boolean)]);
      return;
    }
    const payload =
      format === 'imports' ? toDecisionAnswers(questions, drafts) : toStructuredAnswers(questions, drafts);
    if (await action.run(payload)) setSent(toStructuredAnswers(questions, drafts));
  };

  const Heading = `h${headingLevel}` as 'h2';
  const status = action.status === 'success' ? 'submitted' : action.status;
  const echo = answers !== undefined && answers !== null ? answers : sent;

  if (status === 'submitted') {
    return (
      <section data-slot="question-form" data-state="submitted" className={cx('vk-question-form', className)}>
        <Alert tone="success" data-slot="question-form-sent" className={sc('question-form-sent')}>
          {t('sent')}
        </Alert>
        <AnswersEcho answers={echo} questions={questions} />
      </section>
    );
  }

  return (
    <form
      noValidate
      data-slot="question-form"
      data-state={status}
      data-mode={mode}
      aria-labelledby={heading === false ? undefined : headingId}
      aria-label={heading === false ? t('heading') : undefined}
      aria-busy={pending || undefined}
      className={cx('vk-question-form', className)}
      onSubmit={submit}
    >
      {heading === false ? null : (
        <div className="vk-question-form__header">
          <Heading
            id={headingId}
            className={sc('question-form-heading', 'vk-question-form__heading')}
            data-slot="question-form-heading"
          >
            {heading ?? t('heading')}
          </Heading>
          {questions.length > 0 && mode === 'questions' ? (
            <p className="vk-question-form__intro">{t('intro', { count: questions.length })}</p>
          ) : null}
        </div>
      )}

      {answers !== undefined && answers !== null ? (
        <AnswersEcho answers={answers} questions={questions} />
      ) : null}

      {allowFreeform && questions.length > 0 ? (
        <SegmentedControl
          label={t('modeLabel')}
          value={mode}
          options={[
            { value: 'questions', label: t('modeQuestions') },
            { value: 'freeform', label: t('modeFreeform') },
          ]}
          onChange={setMode}
          className={sc('question-form-mode', 'vk-segmented')}
          slot="question-form-mode"
          disabled={pending || disabled}
        />
      ) : null}

      {mode === 'questions' ? (
        <div className={sc('question-form-list', 'vk-question-form__list')} data-slot="question-form-list">
          {questions.map((q, i) => (
            <QuestionField
              // biome-ignore lint/suspicious/noArrayIndexKey: server ids may repeat; order is stable within a block
              key={i}
              containerRef={(el) => {
                containers.current[i] = el;
              }}
              question={q}
              index={i}
              total={questions.length}
              draft={drafts[i] ?? emptyDraft(q)}
              error={showErrors ? (errors[i] ?? null) : null}
              disabled={disabled}
              onChange={(d) => setDrafts((prev) => prev.map((p, j) => (j === i ? d : p)))}
            />
          ))}
        </div>
      ) : (
        <TextField
          ref={freeformRef}
          multiline
          label={t('freeformLabel')}
          description={t('freeformDescription')}
          placeholder={t('freeformPlaceholder')}
          value={freeform}
          disabled={disabled}
          error={freeformError && !freeform.trim() ? t('errorFreeform') : undefined}
          data-slot="question-form-freeform"
          className={sc('question-form-freeform')}
          rows={4}
          onChange={(e) => setFreeform(e.target.value)}
        />
      )}

      <ActionError action={action} title={t('submitFailed')} slot="question-form-error" />

      <div className="vk-question-form__footer">
        <Button
          type="submit"
          variant="primary"
          pending={pending}
          aria-disabled={disabled || undefined}
          data-slot="question-form-submit"
          className={sc('question-form-submit')}
        >
          {pending
            ? t('sending')
            : mode === 'freeform'
              ? t('submitFreeform')
              : (submitLabel ?? t('submit', { count: questions.length }))}
        </Button>
        {showErrors && invalidCount > 0 && mode === 'questions' ? (
          <span
            className={sc('question-form-summary', 'vk-question-form__summary')}
            data-slot="question-form-summary"
          >
            {t('errorSummary', { count: invalidCount })}
          </span>
        ) : null}
      </div>
      <LiveRegion
        message={
          showErrors && invalidCount > 0 && mode === 'questions'
            ? t('errorSummary', { count: invalidCount })
            : ''
        }
      />
    </form>
  );
});
