import { isPlainObject } from './plainObject.ts';

/**
 * The `answers` read-back on a poll has no documented shape: show it when it is a string
 * or a flat object of strings (or the structured `[{ id, value }]` we sent), ignore it otherwise.
 */
export type AnswersReadBack =
  | { kind: 'text'; text: string }
  | { kind: 'pairs'; pairs: Array<[string, string]> };

export function readAnswers(answers: unknown): AnswersReadBack | null {
  if (typeof answers === 'string') return answers.trim() ? { kind: 'text', text: answers } : null;
  if (Array.isArray(answers)) {
    const pairs: Array<[string, string]> = [];
    for (const a of answers) {
      if (isPlainObject(a) && typeof a.id === 'string' && typeof a.value === 'string')
        pairs.push([a.id, a.value]);
      else return null;
    }
    return pairs.length ? { kind: 'pairs', pairs } : null;
  }
  if (isPlainObject(answers)) {
    if (typeof answers.answers === 'string' || Array.isArray(answers.answers))
      return readAnswers(answers.answers);
    const pairs: Array<[string, string]> = [];
    for (const [k, v] of Object.entries(answers)) {
      if (typeof v !== 'string') return null;
      pairs.push([k, v]);
    }
    return pairs.length ? { kind: 'pairs', pairs } : null;
  }
  return null;
}
