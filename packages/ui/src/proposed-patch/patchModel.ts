import {
  DESTRUCTIVE_PATCH_ACTIONS,
  type PatchAction,
  type ProposedPatch,
  type Question,
} from '@vernkit/core';

export interface PatchActionModel {
  action: PatchAction;
  /** The column the action is about: `key_column` for dedup, `column` otherwise. */
  column: string | undefined;
  destructive: boolean;
  /** Rows it touches, from the matching question's `target.affected_count`, when known. */
  affectedCount: number | undefined;
}

/**
 * The question whose target is this action's column (and sheet, when both name one). The docs
 * warn the two lists are not one-to-one, so a missing match is normal.
 */
function affectedCountFor(action: PatchAction, column: string | undefined, questions: readonly Question[]) {
  if (!column) return undefined;
  const match = questions.find((q) => {
    const target = q.target;
    if (!target || typeof target.affected_count !== 'number') return false;
    const sameColumn = target.column === column || (!target.column && q.relevant_columns?.includes(column));
    const sameSheet = !target.sheet_id || !action.sheet_id || target.sheet_id === action.sheet_id;
    return sameColumn && sameSheet;
  });
  return match?.target?.affected_count;
}

export function patchActions(patch: ProposedPatch, questions: readonly Question[] = []): PatchActionModel[] {
  return patch.actions.map((action) => {
    const column =
      action.action === 'dedup_keep_first' ? (action.key_column ?? action.column) : action.column;
    return {
      action,
      column,
      destructive: DESTRUCTIVE_PATCH_ACTIONS.includes(action.action),
      affectedCount: affectedCountFor(action, column, questions),
    };
  });
}

/** The destructive actions and how many rows they remove in total (undefined when any count is unknown). */
export function destructiveSummary(actions: readonly PatchActionModel[]) {
  const destructive = actions.filter((a) => a.destructive);
  const counts = destructive.map((a) => a.affectedCount);
  const total = counts.every((c) => typeof c === 'number')
    ? counts.reduce<number>((s, c) => s + (c ?? 0), 0)
    : undefined;
  return { destructive, total };
}

/** A patch `value` as text: strings as they are, anything else as JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
