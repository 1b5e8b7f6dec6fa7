import type { DecisionAnswer, Question, StructuredAnswer } from '@vernkit/core';

/** The custom ("Other…") choice; option choices are `option:<index>` so any option id is safe. */
export const CUSTOM_CHOICE = 'custom';
export const optionChoice = (index: number) => `option:${index}`;

/** What the user has entered for one question. */
export interface QuestionDraft {
  /** `option:<i>`, `custom`, or null when nothing is picked yet. */
  choice: string | null;
  custom: string;
}

/**
 * How a question is answered: options only (`allowCustom: false`), options plus "Other…"
 * (`allowCustom: true`), or free text only (no options).
 */
export type QuestionKind = 'options' | 'options-or-custom' | 'text';

export function questionKind(q: Question): QuestionKind {
  if (q.options.length === 0) return 'text';
  return q.allowCustom ? 'options-or-custom' : 'options';
}

export const emptyDraft = (q: Question): QuestionDraft => ({
  choice: questionKind(q) === 'text' ? CUSTOM_CHOICE : null,
  custom: '',
});

export type QuestionError = 'choose' | 'type';

/** One error per unanswered question, in question order. */
export function validateDrafts(
  questions: readonly Question[],
  drafts: readonly QuestionDraft[],
): Array<QuestionError | null> {
  return questions.map((q, i) => {
    const d = drafts[i] ?? emptyDraft(q);
    if (d.choice === null) return 'choose';
    if (d.choice === CUSTOM_CHOICE) return d.custom.trim() ? null : 'type';
    return optionAt(q, d.choice) ? null : 'choose';
  });
}

function optionAt(q: Question, choice: string) {
  if (!choice.startsWith('option:')) return undefined;
  return q.options[Number(choice.slice(7))];
}

/** The current API's `answers`: `{ id, value }` with the option's label or the typed text. */
export function toStructuredAnswers(
  questions: readonly Question[],
  drafts: readonly QuestionDraft[],
): StructuredAnswer[] {
  return questions.map((q, i) => {
    const d = drafts[i] ?? emptyDraft(q);
    const option = d.choice ? optionAt(q, d.choice) : undefined;
    return { id: q.id, value: option ? option.label : d.custom.trim() };
  });
}

/** The imports preview's decision `answers`: `{ question_id, option_id }` or `{ question_id, custom }`. */
export function toDecisionAnswers(
  questions: readonly Question[],
  drafts: readonly QuestionDraft[],
): DecisionAnswer[] {
  return questions.map((q, i) => {
    const d = drafts[i] ?? emptyDraft(q);
    const option = d.choice ? optionAt(q, d.choice) : undefined;
    return option
      ? { question_id: q.id, option_id: option.id }
      : { question_id: q.id, custom: d.custom.trim() };
  });
}
