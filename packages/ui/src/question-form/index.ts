export { AnswersEcho } from './AnswersEcho.tsx';
export { QuestionField, type QuestionFieldProps } from './QuestionField.tsx';
export { QuestionForm, type QuestionFormProps } from './QuestionForm.tsx';
export {
  emptyDraft,
  type QuestionDraft,
  type QuestionKind,
  questionKind,
  toDecisionAnswers,
  toStructuredAnswers,
  validateDrafts,
} from './questionModel.ts';
