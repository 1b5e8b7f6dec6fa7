import { type Effect, wait } from '../runner.ts';
import type { RunReply, Workbook } from '../store.ts';
import { answerAboutPreview } from './answerAboutPreview.ts';
import type { AgentContext } from './context.ts';
import { TIMING } from './timing.ts';

/** `clarify`: answer a question about the current preview in the thread; change nothing. */
export function* clarifyScript(
  ctx: AgentContext,
  workbook: Workbook,
  question: string,
): Generator<Effect, void, RunReply | undefined> {
  const { say, run } = ctx;
  const call = say.tool('inspect_preview', { question });
  yield wait(TIMING.clarify);
  const answer = answerAboutPreview(question, workbook);
  call.done({ answered: true });
  say.say(answer);
  run.status = 'completed';
  run.message = null;
  say.emit('completed', { kind: 'clarify' });
}
