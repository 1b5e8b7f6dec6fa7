import {
  type AgentQuestion,
  applyAnswer,
  detectQuestions,
  interpretInstruction,
  MockDataError,
  publicQuestion,
  type RecipeStep,
} from '../../data/index.ts';
import { badRequest } from '../../http/ApiError.ts';
import { type Effect, pause, wait } from '../runner.ts';
import type { MigrationRun, RunReply, Workbook } from '../store.ts';
import { rebuild } from '../workbook.ts';
import { type AgentContext, setRunning } from './context.ts';
import { TIMING } from './timing.ts';

export interface TaggedQuestion {
  question: AgentQuestion;
  sheet: number;
}

/** Recipe steps an answer adds, per sheet; `note` when the agent could not use a free-form reply. */
export interface AnswerPlan {
  steps: Array<{ sheet: number; steps: RecipeStep[] }>;
  note: string | null;
}

/** A safety net: a data set that keeps raising questions still reaches a preview. */
const MAX_ROUNDS = 6;

export function detectAll(workbook: Workbook): TaggedQuestion[] {
  const found: TaggedQuestion[] = [];
  const ids = new Set<string>();
  workbook.sheets.forEach((work, sheet) => {
    for (const question of detectQuestions({
      template: work.template,
      mapping: work.mapping,
      sheet: work.sheet,
      recipe: work.recipe,
      tables: work.tables,
    })) {
      let id = question.id;
      for (let n = 2; ids.has(id); n++) id = `${question.id}_${n}`;
      ids.add(id);
      found.push({ question: { ...question, id }, sheet });
    }
  });
  return found;
}

/**
 * A question for a scenario that must ask when the data settles everything: the least
 * certain mapping, with the source headers that could fill it, or, when every column
 * matched exactly, a confirmation for an optional column ("use it, or leave it empty").
 * `null` when there is nothing honest to ask.
 */
export function forcedQuestion(workbook: Workbook): TaggedQuestion | null {
  const rank = { partial: 0, synonym: 1, exact: 2 } as const;
  type Pick = { sheet: number; column: string; source: string; candidates: string[]; score: number };
  let best: Pick | null = null;
  for (const [sheet, work] of workbook.sheets.entries()) {
    if (work.tables.length === 0) continue;
    for (const match of work.mapping.columns) {
      if (match.source === null || match.match === null) continue;
      if (work.recipe.steps.some((s) => s.kind === 'use_source' && s.column === match.column)) continue;
      const candidates = unique([match.source, ...match.candidates, ...work.mapping.unmapped]);
      const required = work.template.columns.find((c) => c.name === match.column)?.required ?? false;
      // Real alternatives first, then optional columns the customer may rather leave empty.
      const score = candidates.length >= 2 ? rank[match.match] : required ? Number.POSITIVE_INFINITY : 3;
      if (score === Number.POSITIVE_INFINITY) continue;
      if (!best || score < best.score)
        best = { sheet, column: match.column, source: match.source, candidates, score };
    }
  }
  if (!best) return null;
  const { sheet, column, source, candidates } = best;
  const slug = workbook.sheets[sheet]?.template.slug ?? `sheet${sheet}`;
  const id = `q_${slug}_confirm_${column.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  const optionSteps: Record<string, RecipeStep[]> = {};
  let options: Array<{ id: string; label: string }>;
  let question: string;
  let context: string;
  if (candidates.length >= 2) {
    options = candidates
      .slice(0, 4)
      .map((c, i) => ({ id: String.fromCharCode(97 + i), label: `Use "${c}"` }));
    candidates.slice(0, 4).forEach((c, i) => {
      optionSteps[String.fromCharCode(97 + i)] = [{ kind: 'use_source', column, sources: [c] }];
    });
    question = `Which of your columns holds ${column}?`;
    context = `I matched ${column} to "${source}", but I'm not certain.`;
  } else {
    options = [
      { id: 'a', label: `Use "${source}"` },
      { id: 'b', label: `Leave ${column} empty` },
    ];
    optionSteps.a = [{ kind: 'use_source', column, sources: [source] }];
    optionSteps.b = [{ kind: 'use_source', column, sources: [] }];
    question = `Should ${column} come from your "${source}" column?`;
    context = `${column} is optional. I'd fill it from "${source}"; confirm, or leave it empty.`;
  }
  return {
    sheet,
    question: {
      id,
      question,
      context,
      options,
      allowCustom: true,
      decision: { kind: 'source', column, candidates, optionSteps },
    },
  };
}

/**
 * Ask until nothing is left open: what the data leaves ambiguous, all at once or one per
 * block, and (for the question scenarios) at least `minRounds` blocks.
 */
export function* askQuestions(
  ctx: AgentContext,
  workbook: Workbook,
  { minRounds, oneAtATime }: { minRounds: number; oneAtATime: boolean },
): Generator<Effect, void, RunReply | undefined> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const detected = detectAll(workbook);
    if (detected.length === 0 && round < minRounds) {
      const forced = forcedQuestion(workbook);
      if (forced) detected.push(forced);
    }
    const ask = oneAtATime ? detected.slice(0, 1) : detected;
    if (ask.length === 0) return;
    block(ctx, ask, round === 0);
    const reply = yield pause;
    const plan = reply?.kind === 'answers' ? reply.plan : null;
    setRunning(ctx, 'Applying your answer');
    if (plan?.note) ctx.say.say(plan.note);
    for (const { sheet, steps } of plan?.steps ?? []) workbook.sheets[sheet]?.recipe.steps.push(...steps);
    rebuild(workbook);
    yield wait(TIMING.resume);
  }
}

function block(ctx: AgentContext, ask: TaggedQuestion[], first: boolean): void {
  const { run } = ctx;
  run.status = 'blocked';
  run.blockedReason = 'question';
  run.message = null;
  run.questions = ask.map((t) => t.question);
  run.questionSheets = new Map(ask.map((t) => [t.question.id, t.sheet]));
  const what = ask.length === 1 ? 'one thing' : `${ask.length} things`;
  ctx.say.say(
    first
      ? `I need your input on ${what} before I can finish the preview.`
      : `Thanks — that settled it. I need your input on ${what} more.`,
  );
  ctx.say.emit('request_input', { kind: 'question', questions: ask.map((t) => publicQuestion(t.question)) });
}

/**
 * Check an answer while the request is still open, so a reply the agent cannot use is
 * a 400 the form keeps, not a run that silently asks again. A free-form reply is
 * matched against every open question, then read as an instruction.
 */
export function planAnswers(run: MigrationRun, workbook: Workbook, answers: unknown): AnswerPlan {
  const steps: AnswerPlan['steps'] = [];
  const sheetOf = (id: string) => run.questionSheets.get(id) ?? 0;
  if (typeof answers === 'string') {
    for (const question of run.questions) {
      try {
        steps.push({ sheet: sheetOf(question.id), steps: applyAnswer(question, answers) });
      } catch (error) {
        if (!(error instanceof MockDataError)) throw error;
      }
    }
    if (steps.length > 0) return { steps, note: null };
    workbook.sheets.forEach((work, sheet) => {
      const read = interpretInstruction(answers, work.template, work.sheet);
      if ('steps' in read && read.steps.length > 0) steps.push({ sheet, steps: read.steps });
    });
    if (steps.length > 0) return { steps, note: null };
    return {
      steps,
      note: `I couldn't match your reply to ${run.questions.length === 1 ? 'the question' : 'the questions'}, so I'm asking again. Pick one of the options, or name the column or value to use.`,
    };
  }
  const list = answers as Array<{ id: string; value: string }>;
  const open = run.questions.map((q) => q.id);
  for (const { id, value } of list) {
    const question = run.questions.find((q) => q.id === id);
    if (!question)
      throw badRequest(
        `Unknown question id "${id}": this run is asking ${open.map((q) => `"${q}"`).join(', ')}`,
      );
    if (!question.allowCustom && !question.options.some((o) => o.label === value || o.id === value)) {
      throw badRequest(
        `The answer to "${id}" must be one of its options: ${question.options.map((o) => `"${o.label}"`).join(', ')}`,
      );
    }
    try {
      steps.push({ sheet: sheetOf(id), steps: applyAnswer(question, value) });
    } catch (error) {
      if (error instanceof MockDataError) throw badRequest(error.message);
      throw error;
    }
  }
  return { steps, note: null };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
