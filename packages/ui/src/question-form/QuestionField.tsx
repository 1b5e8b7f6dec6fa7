'use client';
import type { Question } from '@vernkit/core';
import { memo, type Ref, useCallback, useEffect, useId, useRef } from 'react';
import { cx } from '../internal/cx.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Badge } from '../primitives/Badge.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { questionFormLabels } from './labels.ts';
import { QuestionTarget } from './QuestionTarget.tsx';
import {
  CUSTOM_CHOICE,
  optionChoice,
  type QuestionDraft,
  type QuestionError,
  questionKind,
} from './questionModel.ts';

export interface QuestionFieldProps {
  question: Question;
  index: number;
  total: number;
  draft: QuestionDraft;
  error: QuestionError | null;
  disabled?: boolean;
  onChange: (draft: QuestionDraft) => void;
  /** The question's element; the form moves focus into it when it is the first invalid one. */
  containerRef?: Ref<HTMLFieldSetElement>;
  className?: string;
}

/**
 * One agent question: its options as native radios sharing one `name` (arrow keys, one tab
 * stop and form semantics come from the platform), an "Other…" choice revealing a text field
 * when `allowCustom`, or just a text field for an open question.
 */
export function QuestionField({
  question,
  index,
  total,
  draft,
  error,
  disabled = false,
  onChange,
  containerRef,
  className,
}: QuestionFieldProps) {
  const sc = useSlotClass();
  const t = useLabels('questionForm', questionFormLabels);
  const base = useId();
  const ids = {
    label: `${base}-label`,
    context: `${base}-context`,
    target: `${base}-target`,
    error: `${base}-error`,
    custom: `${base}-custom`,
  };
  const kind = questionKind(question);
  const affected = question.target?.affected_count;
  const hasTarget = Boolean(question.target || question.relevant_columns?.length);
  const describedBy = [
    question.context ? ids.context : null,
    hasTarget ? ids.target : null,
    error ? ids.error : null,
  ]
    .filter(Boolean)
    .join(' ');
  const customOpen = draft.choice === CUSTOM_CHOICE;
  const customError = error === 'type';
  const errorText = error === 'type' ? t('errorType') : t('errorChoose');
  // Picking reads the latest draft through a ref, so the radios get a callback that never
  // changes and re-render only when their own state does (see `Radio`).
  const latest = useRef({ draft, onChange });
  useEffect(() => {
    latest.current = { draft, onChange };
  });
  const pick = useCallback((choice: string) => {
    const { draft: current, onChange: change } = latest.current;
    change({ ...current, choice });
  }, []);

  return (
    <fieldset
      ref={containerRef}
      aria-labelledby={ids.label}
      data-slot="question-form-question"
      data-state={error ? 'invalid' : draft.choice ? 'answered' : 'unanswered'}
      className={cx('vk-question', className)}
    >
      <div className="vk-question__header">
        {total > 1 ? (
          <span
            className={sc('question-form-number', 'vk-question__number')}
            data-slot="question-form-number"
          >
            {t('questionNumber', { n: index + 1, total })}
          </span>
        ) : null}
        {typeof affected === 'number' ? (
          <Badge tone="warning" data-slot="question-form-affected" className={sc('question-form-affected')}>
            {t('affected', { count: affected })}
          </Badge>
        ) : null}
      </div>
      <div
        id={ids.label}
        className={sc('question-form-prompt', 'vk-question__text')}
        data-slot="question-form-prompt"
      >
        <Untrusted text={question.question} max={4000} />
      </div>
      {question.context ? (
        <p
          id={ids.context}
          className={sc('question-form-context', 'vk-question__context')}
          data-slot="question-form-context"
        >
          <Untrusted text={question.context} max={4000} />
        </p>
      ) : null}
      {hasTarget ? <QuestionTarget question={question} id={ids.target} /> : null}

      {kind === 'text' ? (
        <textarea
          id={ids.custom}
          data-slot="question-form-text"
          className={sc('question-form-text', 'vk-input vk-textarea vk-question__text-input')}
          aria-labelledby={ids.label}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          aria-required
          placeholder={t('otherPlaceholder')}
          value={draft.custom}
          disabled={disabled}
          rows={3}
          onChange={(e) => onChange({ choice: CUSTOM_CHOICE, custom: e.target.value })}
        />
      ) : (
        <div
          role="radiogroup"
          className={sc('question-form-options', 'vk-options')}
          data-slot="question-form-options"
          data-disabled={disabled ? '' : undefined}
          aria-labelledby={ids.label}
          aria-describedby={describedBy || undefined}
          aria-invalid={error === 'choose' ? true : undefined}
          aria-required
        >
          {question.options.map((option, i) => (
            <OptionItem
              key={optionChoice(i)}
              id={`${base}-o${i}`}
              name={base}
              value={optionChoice(i)}
              selected={draft.choice === optionChoice(i)}
              disabled={disabled}
              onPick={pick}
            >
              <Untrusted text={option.label} max={1000} />
            </OptionItem>
          ))}
          {kind === 'options-or-custom' ? (
            <OptionItem
              id={`${base}-other`}
              name={base}
              value={CUSTOM_CHOICE}
              selected={customOpen}
              disabled={disabled}
              onPick={pick}
              slot="question-form-other"
            >
              {t('other')}
            </OptionItem>
          ) : null}
        </div>
      )}

      {kind === 'options-or-custom' && customOpen ? (
        <div className={sc('question-form-custom', 'vk-question__custom')} data-slot="question-form-custom">
          <label htmlFor={ids.custom} className="vk-field__label">
            {t('otherLabel')}
          </label>
          <input
            id={ids.custom}
            data-slot="question-form-custom-input"
            className={sc('question-form-custom-input', 'vk-input')}
            aria-describedby={customError ? ids.error : undefined}
            aria-invalid={customError || undefined}
            aria-required
            placeholder={t('otherPlaceholder')}
            value={draft.custom}
            disabled={disabled}
            onChange={(e) => onChange({ choice: CUSTOM_CHOICE, custom: e.target.value })}
          />
        </div>
      ) : null}

      {error ? (
        <div
          id={ids.error}
          className={sc('question-form-field-error', 'vk-field__error')}
          data-slot="question-form-field-error"
        >
          <Icon name="alert" />
          <span>{errorText}</span>
        </div>
      ) : null}
    </fieldset>
  );
}

function OptionItem({
  id,
  name,
  value,
  selected,
  disabled,
  onPick,
  slot = 'question-form-option',
  children,
}: {
  id: string;
  name: string;
  value: string;
  selected: boolean;
  disabled: boolean;
  onPick: (value: string) => void;
  slot?: string;
  children: React.ReactNode;
}) {
  const sc = useSlotClass();
  return (
    <label
      htmlFor={id}
      className={sc(slot, 'vk-option')}
      data-slot={slot}
      data-state={selected ? 'checked' : 'unchecked'}
      data-disabled={disabled ? '' : undefined}
    >
      <Radio
        id={id}
        name={name}
        value={value}
        checked={selected}
        disabled={disabled}
        onPick={onPick}
        className={sc('question-form-radio', 'vk-radio')}
      />
      <span className="vk-option__label">{children}</span>
    </label>
  );
}

/**
 * React writes `name` again on every update of an `<input>`, and Chromium then lets Tab walk
 * from a focused radio to the next one of the same unanswered group (e.g. after a failed
 * submit re-renders the form with its errors). Memoized on plain props, a radio updates only
 * when it is checked, unchecked or disabled, so the group keeps one tab stop.
 */
const Radio = memo(function Radio({
  id,
  name,
  value,
  checked,
  disabled,
  onPick,
  className,
}: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  onPick: (value: string) => void;
  className?: string;
}) {
  return (
    <input
      id={id}
      type="radio"
      name={name}
      value={value}
      checked={checked}
      disabled={disabled}
      onChange={() => onPick(value)}
      className={className}
      data-slot="question-form-radio"
      data-state={checked ? 'checked' : 'unchecked'}
    />
  );
});
