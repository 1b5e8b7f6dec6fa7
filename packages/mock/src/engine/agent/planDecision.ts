import type { DecisionAnswer, PatchAction } from '@vernkit/core';
import { applyPatch, MockDataError, type SheetData } from '../../data/index.ts';
import { badRequest } from '../../http/ApiError.ts';
import type { CompanyRecord, ImportRun } from '../store.ts';

/**
 * Check and apply an approval while the request is open, so a decision the data cannot
 * take is a 400 and the run stays parked. With re-parks left and no answers, only the
 * first question's group is fixed: the rest parks again.
 */
export function planApproval(
  run: ImportRun,
  company: CompanyRecord,
  answers: readonly DecisionAnswer[],
): { sheets: SheetData[]; partial: boolean } {
  const block = run.needsAttention;
  const current = run.sheets;
  if (!block || !current) throw badRequest('This run has no proposed fix to approve');
  for (const answer of answers) {
    const question = block.questions.find((q) => q.id === answer.question_id);
    if (!question) {
      throw badRequest(
        `Unknown question_id "${answer.question_id}": this run is asking ${block.questions.map((q) => `"${q.id}"`).join(', ')}`,
      );
    }
    if ('option_id' in answer && !question.options.some((o) => o.id === answer.option_id)) {
      throw badRequest(
        `Unknown option_id "${answer.option_id}" for "${question.id}": choose one of ${question.options.map((o) => `"${o.id}"`).join(', ')}`,
      );
    }
    if ('custom' in answer && !question.allow_custom) {
      throw badRequest(`"${question.id}" does not take a custom answer: choose one of its options`);
    }
  }
  let actions: readonly PatchAction[] = block.proposed_patch.actions;
  const partial = run.reparksLeft > 0 && answers.length === 0 && block.questions.length > 1;
  if (partial) {
    const first = block.questions[0]?.target;
    actions = actions.filter((a) => a.column === first?.column && a.sheet_id === first?.sheet_id);
  }
  const sheets: SheetData[] = [];
  for (const [index, sheet] of current.entries()) {
    const companySheet = company.sheets[index];
    if (!companySheet) {
      sheets.push(sheet);
      continue;
    }
    const own = answers
      .map((a) => ({ answer: a, target: run.questionMap.get(a.question_id) }))
      .filter((a) => a.target?.sheet === index)
      .map(({ answer, target }) => ({ ...answer, question_id: target?.id ?? answer.question_id }));
    const mine = actions.filter((a) => a.sheet_id === undefined || a.sheet_id === companySheet.id);
    if (mine.length === 0 && own.length === 0) {
      sheets.push(sheet);
      continue;
    }
    try {
      sheets.push(
        applyPatch({
          sheet,
          template: companySheet.template,
          actions: mine,
          answers: own,
          related: sheets.slice(),
        }),
      );
    } catch (error) {
      if (error instanceof MockDataError) throw badRequest(error.message);
      throw error;
    }
  }
  if (partial) run.reparksLeft -= 1;
  return { sheets, partial };
}
