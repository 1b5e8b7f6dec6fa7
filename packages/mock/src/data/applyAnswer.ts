import { valueKey } from './columnRules.ts';
import type { AgentQuestion } from './detectQuestions.ts';
import { MockDataError } from './errors.ts';
import { clauses, unquote, valuePair, words } from './phrases.ts';
import type { RecipeStep } from './types.ts';

const DROP = /\b(drop|remove|delete|exclude|discard|skip)\b/i;
const KEEP = /\b(keep|leave|ignore|flag|flagged|as is|as-is)\b/i;
// "Map them all to", "set these to", "use": what is left is the target value.
const FILLER =
  /^(?:\s*\b(?:please|just|map|set|change|convert|make|turn|use|them|these|those|it|all|everything|of|the|rest|others|values?|to|as|into)\b)+\s*/i;
const NONE = /\b(neither|none|nothing|leave (it )?(empty|blank))\b/i;
const NEGATION = /\b(not|n't|instead of|ignore|except|rather than|never)\s+(?:the\s+)?(?:use\s+)?$/i;

/**
 * Turn an answer into recipe steps to append. `value` is an option's label (or id), or
 * free text: for a mapping question, the source header(s) to use ("Mobile, then Phone");
 * for a values question, a target value, "drop"/"keep", or pairs ("in progress to Open").
 * Throws `MockDataError('invalid_answer')` when free text cannot be understood, so the
 * run can ask again rather than guess.
 */
export function applyAnswer(question: AgentQuestion, value: string): RecipeStep[] {
  const answer = value.trim();
  if (answer === '') throw new MockDataError('invalid_answer', 'The answer is empty.');
  const { decision } = question;
  const option =
    question.options.find((o) => valueKey(o.label) === valueKey(answer)) ??
    question.options.find((o) => o.id === answer);
  if (option) return decision.optionSteps[option.id] ?? [];
  if (decision.kind === 'source') return sourceAnswer(decision.column, decision.candidates, answer);
  return valuesAnswer(decision.column, decision.allowed, answer);
}

function sourceAnswer(column: string, candidates: readonly string[], answer: string): RecipeStep[] {
  const text = words(answer);
  // Longest first, so "Mobile Phone" is not read as "Phone".
  const byLength = [...candidates].sort((a, b) => b.length - a.length);
  const taken: Array<{ at: number; end: number }> = [];
  const mentioned: Array<{ candidate: string; at: number }> = [];
  for (const candidate of byLength) {
    const phrase = ` ${words(candidate).trim()} `;
    let at = text.indexOf(phrase);
    while (at !== -1 && taken.some((t) => at < t.end && at + phrase.length > t.at))
      at = text.indexOf(phrase, at + 1);
    if (at === -1) continue;
    taken.push({ at, end: at + phrase.length });
    if (!NEGATION.test(text.slice(Math.max(0, at - 30), at + 1))) mentioned.push({ candidate, at });
  }
  if (mentioned.length > 0) {
    const sources = mentioned.sort((a, b) => a.at - b.at).map((m) => m.candidate);
    return [{ kind: 'use_source', column, sources }];
  }
  if (NONE.test(answer)) return [{ kind: 'use_source', column, sources: [] }];
  throw new MockDataError(
    'invalid_answer',
    `I couldn't tell which column should fill ${column} from "${answer}". Name one of ${candidates.map((c) => `"${c}"`).join(', ')}.`,
  );
}

function valuesAnswer(column: string, allowed: readonly string[], answer: string): RecipeStep[] {
  const canonical = (v: string) => allowed.find((a) => valueKey(a) === valueKey(v));
  const whole = canonical(unquote(answer)) ?? canonical(unquote(answer.replace(FILLER, '')));
  if (whole) return [{ kind: 'map_invalid', column, to: whole }];

  if (DROP.test(answer)) return [{ kind: 'drop_invalid_rows', column }];
  if (KEEP.test(answer)) return [{ kind: 'keep_invalid', column }];
  const pairs = clauses(answer)
    .flatMap((c) => c.split(/\s+and\s+/i))
    .map((c) => valuePair(c, { verbRequired: false }));
  if (pairs.length > 0 && pairs.every((p) => p !== null)) {
    return pairs.map((p) => ({ kind: 'map_value', column, from: p.from, to: canonical(p.to) ?? p.to }));
  }
  throw new MockDataError(
    'invalid_answer',
    `I couldn't tell what to do with the ${column} values from "${answer}". Pick an option, name one of ${allowed.join(', ')}, or say which value maps to which (for example "in progress to Open").`,
  );
}
