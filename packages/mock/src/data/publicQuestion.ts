import type { AgentQuestion } from './detectQuestions.ts';

/** The wire shape of a current-API question: the decision stays server-side. */
export function publicQuestion(question: AgentQuestion): Omit<AgentQuestion, 'decision'> {
  const { decision: _decision, ...rest } = question;
  return rest;
}
