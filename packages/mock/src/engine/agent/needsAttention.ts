import type { PatchAction } from '@vernkit/core';
import { DESTRUCTIVE_PATCH_ACTIONS } from '@vernkit/core';
import {
  type ImportsQuestion,
  type NeedsAttentionBlock,
  proposePatch,
  type SheetData,
} from '../../data/index.ts';
import type { ScenarioPolicy } from '../../scenarios/policies.ts';
import type { CompanySheet } from '../store.ts';

export interface ParkedBlock {
  block: NeedsAttentionBlock;
  questionMap: Map<string, { sheet: number; id: string }>;
}

/**
 * The `needs_attention` block across every sheet, or `null` when nothing is left to
 * decide. Question ids stay `fq0`, `fq1`… and get a sheet suffix only when two sheets
 * would share one. The scenario's patch flavour shapes the proposal.
 */
export function needsAttention(
  sheets: readonly SheetData[],
  companySheets: readonly CompanySheet[],
  flavour: ScenarioPolicy['patch'],
): ParkedBlock | null {
  const questions: ImportsQuestion[] = [];
  const actions: PatchAction[] = [];
  const summaries: string[] = [];
  const questionMap = new Map<string, { sheet: number; id: string }>();
  sheets.forEach((sheet, index) => {
    const companySheet = companySheets[index];
    if (!companySheet || sheet.invalid.length === 0) return;
    const proposal = proposePatch(sheet, companySheet.template, companySheet.id);
    if (proposal.questions.length === 0 && proposal.proposed_patch.actions.length === 0) return;
    for (const q of proposal.questions) {
      let id = q.id;
      if (questionMap.has(id)) id = `${q.id}_${companySheet.template.slug ?? index}`;
      questionMap.set(id, { sheet: index, id: q.id });
      questions.push({ ...q, id });
    }
    actions.push(...proposal.proposed_patch.actions);
    if (proposal.proposed_patch.summary) summaries.push(proposal.proposed_patch.summary);
  });
  if (questions.length === 0 && actions.length === 0) return null;
  const shaped = shape(actions, questions, flavour);
  return {
    block: {
      questions,
      proposed_patch: {
        summary: shaped === actions ? summaries.join(' ') : summarize(shaped, questions),
        actions: shaped,
      },
    },
    questionMap,
  };
}

/** `safe` keeps rows instead of dropping them; `destructive` drops the rows of the first group when nothing else does. */
function shape(
  actions: PatchAction[],
  questions: ImportsQuestion[],
  flavour: ScenarioPolicy['patch'],
): PatchAction[] {
  const destructive = (a: PatchAction) => DESTRUCTIVE_PATCH_ACTIONS.includes(a.action);
  if (flavour === 'safe' && actions.some(destructive)) {
    // A `keep` names its group as the destructive action did: by `key_column` for duplicates.
    return actions.map((a) => {
      if (!destructive(a)) return a;
      const { value: _value, ...rest } = a;
      return { ...rest, action: 'keep' };
    });
  }
  if (flavour === 'destructive' && !actions.some(destructive) && actions.length > 0) {
    const first = actions[0] as PatchAction;
    const duplicate = questions.find(
      (q) => q.target.column === first.column && /repeat|duplicate/i.test(q.prompt),
    );
    const { value: _value, ...rest } = first;
    const replaced: PatchAction = duplicate
      ? { ...rest, action: 'dedup_keep_first', key_column: first.column }
      : { ...rest, action: 'delete_invalid_rows' };
    return [replaced, ...actions.slice(1)];
  }
  return actions;
}

function summarize(actions: readonly PatchAction[], questions: readonly ImportsQuestion[]): string {
  const count = (column: string | undefined) =>
    questions.find((q) => q.target.column === column)?.target.affected_count;
  const parts = actions.map((a) => {
    const n = count(a.column);
    const rows = n === undefined ? 'the flagged rows' : `${n} flagged ${n === 1 ? 'row' : 'rows'}`;
    switch (a.action) {
      case 'set_value':
        return `set ${a.column} to '${String(a.value ?? '')}' in ${rows}`;
      case 'delete_invalid_rows':
        return `drop ${rows} with an invalid ${a.column}`;
      case 'dedup_keep_first':
        return `keep the first row for each repeated ${a.key_column ?? a.column} and drop the rest`;
      case 'keep':
        return `keep ${rows} in ${a.column} as they are (still flagged)`;
      default:
        return `${a.action} on ${a.column}`;
    }
  });
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
