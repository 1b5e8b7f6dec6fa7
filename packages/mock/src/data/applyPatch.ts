import type { DecisionAnswer, PatchAction } from '@vernkit/core';
import { PATCH_ACTION_KINDS } from '@vernkit/core';
import { rulesFor, valueKey } from './columnRules.ts';
import { MockDataError } from './errors.ts';
import { groupKey, type PatchGroup, patchGroups } from './patchGroups.ts';
import type { SheetData, Template } from './types.ts';
import { validateRows } from './validateRows.ts';

export interface ApplyPatchInput {
  /** The sheet the patch was proposed against. */
  sheet: SheetData;
  template: Template;
  /** Usually the `proposed_patch.actions` sent with `needs_attention`. */
  actions: readonly PatchAction[];
  /** `{ question_id, option_id | custom }`: each replaces the action for its question's group. */
  answers?: readonly DecisionAnswer[];
  /** Other sheets of the import, so link rules are checked again. */
  related?: readonly SheetData[];
}

const DROP = /\b(drop|remove|delete|exclude|discard)\b/i;
const KEEP = /\b(keep|leave|ignore|as is|as-is)\b/i;
const FILLER =
  /^(?:\s*\b(?:please|just|map|set|change|make|fill|use|them|these|those|it|all|everything|of|the|values?|with|to|as|into)\b)+\s*/i;

/**
 * Apply an approved decision and validate again. `set_value` reaches only the flagged
 * cells of its column, `delete_invalid_rows` drops only rows whose column is flagged,
 * `dedup_keep_first` keeps the first remaining row per `key_column` value, `keep`
 * records that the customer accepts the flags. Rows that still fail stay flagged, so a
 * fresh `proposePatch` re-parks the import. Throws `MockDataError` for a decision that
 * cannot be applied (`unknown_question`, `invalid_answer`, `invalid_patch`): a 400.
 */
export function applyPatch(input: ApplyPatchInput): SheetData {
  const { sheet, template } = input;
  const groups = patchGroups(sheet, template, sheet.sheetId);
  const chosen = new Map<string, PatchAction>();
  for (const action of input.actions) {
    if (action.sheet_id !== undefined && sheet.sheetId !== undefined && action.sheet_id !== sheet.sheetId)
      continue;
    chosen.set(actionGroup(action), action);
  }
  for (const answer of input.answers ?? []) {
    const index = /^fq(\d+)$/.exec(answer.question_id)?.[1];
    const group = index === undefined ? undefined : groups[Number(index)];
    if (!group)
      throw new MockDataError('unknown_question', `There is no question "${answer.question_id}" to answer.`);
    chosen.set(group.key, answerAction(group, answer, template));
  }

  const c = (column: string) => sheet.header.indexOf(column);
  const rows = sheet.rows.map((row) => row.slice());
  const drop = new Set<number>();
  const dedupe: string[] = [];
  const kept = new Set(sheet.kept ?? []);
  for (const [key, action] of chosen) {
    const group = groups.find((g) => g.key === key);
    switch (action.action) {
      case 'set_value': {
        const value = cellValue(action.value);
        if (group?.kind !== 'cells') break;
        for (const cell of group.cells) (rows[cell.row] as string[])[c(group.column)] = value;
        break;
      }
      case 'delete_invalid_rows':
        for (const row of group?.kind === 'cells' ? group.rows : []) drop.add(row);
        break;
      case 'dedup_keep_first':
        dedupe.push(action.key_column ?? (action.column as string));
        break;
      case 'keep':
        kept.add(key);
        break;
      default:
        throw new MockDataError('invalid_patch', `Unknown patch action "${action.action}".`);
    }
  }
  let next = rows.filter((_, r) => !drop.has(r));
  for (const column of dedupe) {
    const k = c(column);
    if (k === -1)
      throw new MockDataError('invalid_patch', `The ${sheet.template.name} sheet has no column "${column}".`);
    const seen = new Set<string>();
    next = next.filter((row) => {
      const value = valueKey(row[k] ?? '');
      if (value === '') return true;
      if (seen.has(value)) return false;
      seen.add(value);
      return true;
    });
  }
  const result: SheetData = {
    ...sheet,
    rows: next,
    invalid: validateRows(sheet.header, next, template, { related: input.related ?? [] }),
  };
  if (kept.size > 0) result.kept = [...kept];
  return result;
}

function actionGroup(action: PatchAction): string {
  if (!(PATCH_ACTION_KINDS as readonly string[]).includes(action.action)) {
    throw new MockDataError('invalid_patch', `Unknown patch action "${action.action}".`);
  }
  const unique =
    action.action === 'dedup_keep_first' || (action.action === 'keep' && action.key_column !== undefined);
  const column = (unique ? (action.key_column ?? action.column) : action.column) ?? '';
  if (column === '')
    throw new MockDataError('invalid_patch', `The "${action.action}" action names no column.`);
  return groupKey(column, unique ? 'unique' : 'cells');
}

function answerAction(group: PatchGroup, answer: DecisionAnswer, template: Template): PatchAction {
  if ('option_id' in answer) {
    const option = group.options.find((o) => o.id === answer.option_id);
    if (!option) {
      throw new MockDataError(
        'invalid_answer',
        `Question "${answer.question_id}" has no option "${answer.option_id}".`,
      );
    }
    return option.action;
  }
  const text = answer.custom.trim();
  const base = { ...group.proposed };
  delete base.value;
  delete base.key_column;
  if (group.kind === 'unique') {
    if (DROP.test(text)) return { ...base, action: 'dedup_keep_first', key_column: group.column };
    if (KEEP.test(text)) return { ...base, action: 'keep', key_column: group.column };
    throw new MockDataError(
      'invalid_answer',
      `Question "${answer.question_id}" takes one of its options, not "${text}".`,
    );
  }
  if (DROP.test(text) && !/\b(?:to|with|as)\b/i.test(text)) return { ...base, action: 'delete_invalid_rows' };
  if (KEEP.test(text) && !/\b(?:to|with|as)\b/i.test(text)) return { ...base, action: 'keep' };
  const raw = text
    .replace(FILLER, '')
    .trim()
    .replace(/^(["'“‘])(.*)(["'”’])$/, '$2');
  if (raw === '') {
    throw new MockDataError(
      'invalid_answer',
      `I couldn't tell what to do with ${group.column} from "${text}".`,
    );
  }
  const allowed = rulesFor(template, group.column)?.allowed;
  const value = allowed?.find((a) => valueKey(a) === valueKey(raw)) ?? raw;
  return { ...base, action: 'set_value', value };
}

function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new MockDataError('invalid_patch', 'A set_value action must carry a string value.');
}
