import { importsQuestions, severalQuestions } from '../fixtures/questions.ts';
import {
  CUSTOM_CHOICE,
  emptyDraft,
  optionChoice,
  questionKind,
  toDecisionAnswers,
  toStructuredAnswers,
  validateDrafts,
} from './questionModel.ts';

describe('questionModel', () => {
  it('tells options-only, options-or-custom and open questions apart', () => {
    expect(severalQuestions.map(questionKind)).toEqual(['options-or-custom', 'options', 'text']);
  });

  it('requires a choice, and text when the choice is custom', () => {
    const drafts = severalQuestions.map(emptyDraft);
    expect(validateDrafts(severalQuestions, drafts)).toEqual(['choose', 'choose', 'type']);
    const filled = [
      { choice: CUSTOM_CHOICE, custom: '   ' },
      { choice: optionChoice(1), custom: '' },
      { choice: CUSTOM_CHOICE, custom: 'Assign them to me' },
    ];
    expect(validateDrafts(severalQuestions, filled)).toEqual(['type', null, null]);
    expect(
      validateDrafts(severalQuestions, [{ choice: optionChoice(9), custom: '' }, ...filled.slice(1)])[0],
    ).toBe('choose');
  });

  it('builds current answers from option labels and trimmed text', () => {
    const drafts = [
      { choice: optionChoice(0), custom: 'ignored' },
      { choice: optionChoice(1), custom: '' },
      { choice: CUSTOM_CHOICE, custom: '  Assign them to me ' },
    ];
    expect(toStructuredAnswers(severalQuestions, drafts)).toEqual([
      { id: 'q1', value: "Map them all to 'Open'" },
      { id: 'q2', value: 'Contact' },
      { id: 'q3', value: 'Assign them to me' },
    ]);
  });

  it('builds decision answers with option ids or custom text', () => {
    const drafts = [
      { choice: CUSTOM_CHOICE, custom: 'Map to Pending' },
      { choice: optionChoice(0), custom: '' },
    ];
    expect(toDecisionAnswers(importsQuestions, drafts)).toEqual([
      { question_id: 'fq0', custom: 'Map to Pending' },
      { question_id: 'fq1', option_id: 'a' },
    ]);
  });
});
