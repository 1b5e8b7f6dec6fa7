'use client';
import type { Question } from '@vernkit/core';
import { RadioGroup } from 'radix-ui';
import { type Ref, useId } from 'react';
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
 * One agent question: its options as a Radix radio group, an "Other…" choice revealing a
 * text field when `allowCustom`, or just a text field for an open question.
 */
export function QuestionField({
  question,
  index,
  total,
  draft,
  error,
  disabled,
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
        <RadioGroup.Root
          className={sc('question-form-options', 'vk-options')}
          data-slot="question-form-options"
          aria-labelledby={ids.label}
          aria-describedby={describedBy || undefined}
          aria-invalid={error === 'choose' ? true : undefined}
          aria-required
          value={draft.choice ?? ''}
          disabled={disabled}
          onValueChange={(choice) => onChange({ ...draft, choice })}
        >
          {question.options.map((option, i) => (
            <OptionItem
              key={optionChoice(i)}
              value={optionChoice(i)}
              id={`${base}-o${i}`}
              selected={draft.choice === optionChoice(i)}
            >
              <Untrusted text={option.label} max={1000} />
            </OptionItem>
          ))}
          {kind === 'options-or-custom' ? (
            <OptionItem
              value={CUSTOM_CHOICE}
              id={`${base}-other`}
              selected={customOpen}
              slot="question-form-other"
            >
              {t('other')}
            </OptionItem>
          ) : null}
        </RadioGroup.Root>
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
  value,
  id,
  selected,
  slot = 'question-form-option',
  children,
}: {
  value: string;
  id: string;
  selected: boolean;
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
    >
      <RadioGroup.Item
        id={id}
        value={value}
        className={sc('question-form-radio', 'vk-radio')}
        data-slot="question-form-radio"
      >
        <RadioGroup.Indicator className="vk-radio__indicator" />
      </RadioGroup.Item>
      <span className="vk-option__label">{children}</span>
    </label>
  );
}
