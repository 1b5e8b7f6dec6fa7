import type { PatchAction, QuestionOption } from '@vernkit/core';
import { type PatchGroup, patchGroups } from './patchGroups.ts';
import type { SheetData, Template } from './types.ts';

/** An imports-preview question, in its wire shape (`prompt`, `allow_custom`). */
export interface ImportsQuestion {
  id: string;
  prompt: string;
  context: string;
  target: {
    sheet_id?: string;
    column: string;
    affected_count: number;
    sample_values: string[];
    error: string;
  };
  relevant_columns: string[];
  options: QuestionOption[];
  allow_custom: boolean;
}

/** The `needs_attention` block of an import poll. */
export interface NeedsAttentionBlock {
  questions: ImportsQuestion[];
  proposed_patch: { summary: string; actions: PatchAction[] };
}

const MAX_SAMPLES = 5;

/**
 * The `needs_attention` block for a sheet: one question per flagged group (a column's
 * invalid cells, or its duplicates) with real offending values, and the patch Vern
 * would apply. Groups the customer chose to keep are not asked again; an empty
 * `questions` list means the import can complete. Question ids are `fq0`, `fq1`, … in
 * template column order, so `applyPatch` resolves answers against the same sheet.
 */
export function proposePatch(
  sheet: SheetData,
  template: Template,
  sheetId = sheet.sheetId,
): NeedsAttentionBlock {
  const groups = patchGroups(sheet, template, sheetId);
  const questions = groups.map((group, i) => question(group, i, sheet, sheetId));
  const actions = groups.map((g) => g.proposed);
  return {
    questions,
    proposed_patch: {
      summary: sentence(groups.map((g) => describe(g, sheet.template.name))),
      actions,
    },
  };
}

function question(
  group: PatchGroup,
  index: number,
  sheet: SheetData,
  sheetId: string | undefined,
): ImportsQuestion {
  const c = sheet.header.indexOf(group.column);
  const samples: string[] = [];
  for (const cell of group.cells) {
    const value = sheet.rows[cell.row]?.[c] ?? '';
    if (value.trim() !== '' && !samples.includes(value)) samples.push(value);
    if (samples.length === MAX_SAMPLES) break;
  }
  const target: ImportsQuestion['target'] = {
    column: group.column,
    affected_count: group.rows.length,
    sample_values: samples,
    error: group.error,
  };
  if (sheetId !== undefined) target.sheet_id = sheetId;
  return {
    id: `fq${index}`,
    prompt: prompt(group),
    context: context(group, sheet.template.name),
    target,
    relevant_columns: [group.column],
    options: group.options.map(({ id, label }) => ({ id, label })),
    allow_custom: group.kind === 'cells',
  };
}

function prompt(group: PatchGroup): string {
  const { column } = group;
  if (group.kind === 'unique')
    return `Some rows repeat ${a(column)} used by an earlier row. How should Vern handle them?`;
  switch (group.rule) {
    case 'allowed':
      return `Some ${column} values aren't one of the allowed options. How should Vern handle them?`;
    case 'required':
      return `Some rows have no ${column}. How should Vern handle them?`;
    case 'link':
      return `Some ${column} values don't match a linked record. How should Vern handle them?`;
    default:
      return `Some ${column} values aren't in the expected format. How should Vern handle them?`;
  }
}

function context(group: PatchGroup, sheetName: string): string {
  const n = group.rows.length;
  const rows = `${n} ${n === 1 ? 'row' : 'rows'} in ${sheetName}`;
  const have = n === 1 ? 'has' : 'have';
  if (group.kind === 'unique') return `${rows} ${have} ${a(group.column)} that an earlier row already uses.`;
  const byRule = new Map<string, number>();
  for (const cell of group.cells) byRule.set(cell.rule, (byRule.get(cell.rule) ?? 0) + 1);
  if (byRule.size > 1) {
    const parts = [...byRule].map(([rule, count]) => `${count} ${RULE_WORDS[rule] ?? rule}`);
    return `${rows} ${have} a problem with ${group.column}: ${parts.join(', ')}.`;
  }
  switch (group.rule) {
    case 'allowed':
      return `${rows} ${have} ${a(group.column)} outside ${(group.allowed ?? []).join(' / ')}.`;
    case 'required':
      return `${rows} ${have} no ${group.column}.`;
    case 'link':
      return `${rows} ${have} ${a(group.column)} that matches no linked record (${group.error}).`;
    default:
      return `${rows} ${have} ${a(group.column)} that doesn't match the required format.`;
  }
}

const RULE_WORDS: Record<string, string> = {
  required: 'missing',
  allowed: 'not an allowed value',
  format: 'in the wrong format',
  link: 'not matching a linked record',
};

export function describe(group: PatchGroup, sheetName: string): string {
  const n = group.rows.length;
  const action = group.proposed;
  switch (action.action) {
    case 'dedup_keep_first':
      return `drop ${n} duplicate ${group.column} ${n === 1 ? 'row' : 'rows'} in ${sheetName}, keeping the first of each`;
    case 'delete_invalid_rows':
      return `drop the ${n} ${n === 1 ? 'row' : 'rows'} with an invalid ${group.column}`;
    case 'set_value':
      return action.value === ''
        ? `clear ${n} invalid ${group.column} ${n === 1 ? 'value' : 'values'}`
        : `map ${n} out-of-range ${group.column} ${n === 1 ? 'value' : 'values'} to '${String(action.value)}'`;
    default:
      return `leave ${n} ${group.column} ${n === 1 ? 'row' : 'rows'} flagged`;
  }
}

function sentence(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  const text = `${parts.join('; ')}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function a(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
