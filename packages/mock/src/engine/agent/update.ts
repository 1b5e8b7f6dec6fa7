import { interpretInstruction } from '../../data/index.ts';
import { type Effect, wait } from '../runner.ts';
import type { RunReply, Workbook } from '../store.ts';
import { cloneWorkbook, rebuild } from '../workbook.ts';
import type { AgentContext } from './context.ts';
import { describePreview, flaggedRows, publishPreview } from './preview.ts';
import { askQuestions } from './questions.ts';
import { TIMING } from './timing.ts';

/**
 * `update`: read the instruction against each sheet and apply what it can. What it
 * cannot do it says in the thread, and the preview stays as it was.
 */
export function* updateScript(
  ctx: AgentContext,
  current: Workbook,
  message: string,
): Generator<Effect, void, RunReply | undefined> {
  const { say } = ctx;
  say.task('Update the preview');
  const call = say.tool('edit_recipe', { instruction: message });
  yield wait(TIMING.update);
  const next = cloneWorkbook(current);
  const done: string[] = [];
  const refused: string[] = [];
  for (const work of addressedSheets(message, next)) {
    const read = interpretInstruction(message, work.template, work.sheet);
    if ('steps' in read && read.steps.length > 0) {
      work.recipe.steps.push(...read.steps);
      done.push(next.sheets.length > 1 ? `${work.template.name}: ${read.summary}` : read.summary);
    } else if ('unsupported' in read) {
      refused.push(read.unsupported);
    }
  }
  if (done.length === 0) {
    const why = refused[0] ?? "I couldn't tell what to change.";
    call.fail(why);
    say.say(`I couldn't apply that change, so the preview is unchanged. ${why}`);
    yield wait(TIMING.finish);
    publishPreview(ctx, current);
    return;
  }
  const before = current.sheets.reduce((n, s) => n + flaggedRows(s.sheet.invalid), 0);
  rebuild(next);
  ctx.run.work = next;
  const after = next.sheets.reduce((n, s) => n + flaggedRows(s.sheet.invalid), 0);
  call.done({ applied: done, flagged_rows_before: before, flagged_rows_after: after });
  yield* askQuestions(ctx, next, { minRounds: 0, oneAtATime: ctx.policy.oneAtATime });
  yield wait(TIMING.finish);
  say.say([`Done: ${done.join(' ')}`, '', describePreview(next)].join('\n'));
  publishPreview(ctx, next);
}

/**
 * The sheets an instruction is about: those whose template has the longest column name
 * the message mentions ("Last Name" is about Contacts, not the Companies' "Name"); every
 * sheet when it names no column.
 */
function addressedSheets(message: string, workbook: Workbook): Workbook['sheets'] {
  const text = message.toLowerCase();
  const mentioned = (name: string) => {
    const at = text.indexOf(name.toLowerCase());
    if (at === -1) return false;
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
  };
  const longest = workbook.sheets.map((work) =>
    Math.max(0, ...work.template.columns.filter((c) => mentioned(c.name)).map((c) => c.name.length)),
  );
  const best = Math.max(0, ...longest);
  return best === 0 ? workbook.sheets : workbook.sheets.filter((_, i) => longest[i] === best);
}
