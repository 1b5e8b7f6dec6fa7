import type { PatchAction, QuestionOption } from '@vernkit/core';
import { columnRules } from './columnRules.ts';
import type { CellRule, InvalidCellRef, SheetData, Template } from './types.ts';

/**
 * One flagged group of a sheet: a column's invalid cells (any rule but uniqueness), or
 * its duplicates. Each group becomes one question and one proposed action; `set_value`
 * and `delete_invalid_rows` reach only a cells group, `dedup_keep_first` only duplicates.
 */
export interface PatchGroup {
  /** `<column>` or `<column>#unique`: the key `SheetData.kept` holds. */
  key: string;
  kind: 'cells' | 'unique';
  column: string;
  cells: InvalidCellRef[];
  rows: number[];
  /** The most frequent rule and its message. */
  rule: CellRule;
  error: string;
  required: boolean;
  allowed: string[] | null;
  options: Array<QuestionOption & { action: PatchAction }>;
  proposed: PatchAction;
}

export function groupKey(column: string, kind: PatchGroup['kind']): string {
  return kind === 'unique' ? `${column}#unique` : column;
}

/** The sheet's flagged groups in template column order, skipping those the customer chose to keep. */
export function patchGroups(sheet: SheetData, template: Template, sheetId: string | undefined): PatchGroup[] {
  const kept = new Set(sheet.kept ?? []);
  const groups: PatchGroup[] = [];
  for (const rules of columnRules(template)) {
    const c = sheet.header.indexOf(rules.name);
    if (c === -1) continue;
    const cells = sheet.invalid.filter((cell) => cell.column === rules.name);
    for (const kind of ['cells', 'unique'] as const) {
      const mine = cells.filter((cell) => (cell.rule === 'unique') === (kind === 'unique'));
      const key = groupKey(rules.name, kind);
      if (mine.length === 0 || kept.has(key)) continue;
      const { rule, error } = dominant(mine);
      const base = { column: rules.name, ...(sheetId === undefined ? {} : { sheet_id: sheetId }) };
      const group: Omit<PatchGroup, 'options' | 'proposed'> = {
        key,
        kind,
        column: rules.name,
        cells: mine,
        rows: [...new Set(mine.map((cell) => cell.row))],
        rule,
        error,
        required: rules.required,
        allowed: rules.allowed,
      };
      const options = optionsFor(group, base);
      groups.push({ ...group, options, proposed: proposedFor(group, base, sheet, c) });
    }
  }
  return groups;
}

function dominant(cells: readonly InvalidCellRef[]): { rule: CellRule; error: string } {
  const counts = new Map<string, { rule: CellRule; error: string; n: number }>();
  for (const cell of cells) {
    const entry = counts.get(cell.error) ?? { rule: cell.rule, error: cell.error, n: 0 };
    entry.n++;
    counts.set(cell.error, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0] as { rule: CellRule; error: string };
}

type Base = { column: string; sheet_id?: string };

function optionsFor(group: Omit<PatchGroup, 'options' | 'proposed'>, base: Base): PatchGroup['options'] {
  const options: Array<{ label: string; action: PatchAction }> = [];
  if (group.kind === 'unique') {
    options.push({
      label: 'Keep the first of each, remove the rest',
      action: { ...base, action: 'dedup_keep_first', key_column: group.column },
    });
    options.push({
      label: 'Leave them flagged',
      action: { ...base, action: 'keep', key_column: group.column },
    });
  } else {
    if (group.rule === 'allowed' && group.allowed) {
      for (const value of group.allowed.slice(0, 4)) {
        options.push({ label: `Map all to '${value}'`, action: { ...base, action: 'set_value', value } });
      }
    }
    if (!group.required)
      options.push({ label: 'Clear these values', action: { ...base, action: 'set_value', value: '' } });
    options.push({ label: 'Remove these rows', action: { ...base, action: 'delete_invalid_rows' } });
    options.push({ label: 'Leave them flagged', action: { ...base, action: 'keep' } });
  }
  return options.map((o, i) => ({ id: String.fromCharCode(97 + i), ...o }));
}

/**
 * Vern's best guess: the most common allowed value for out-of-range values, dropping
 * duplicates after the first, and otherwise clearing a bad optional value or dropping
 * a row whose required value is bad.
 */
function proposedFor(
  group: Omit<PatchGroup, 'options' | 'proposed'>,
  base: Base,
  sheet: SheetData,
  c: number,
): PatchAction {
  if (group.kind === 'unique') return { ...base, action: 'dedup_keep_first', key_column: group.column };
  if (group.rule === 'allowed' && group.allowed) {
    return { ...base, action: 'set_value', value: mostCommonAllowed(sheet, c, group.allowed) };
  }
  return group.required
    ? { ...base, action: 'delete_invalid_rows' }
    : { ...base, action: 'set_value', value: '' };
}

function mostCommonAllowed(sheet: SheetData, c: number, allowed: readonly string[]): string {
  const counts = new Map(allowed.map((a) => [a, 0]));
  for (const row of sheet.rows) {
    const value = row[c] ?? '';
    const n = counts.get(value);
    if (n !== undefined) counts.set(value, n + 1);
  }
  let best = allowed[0] as string;
  for (const a of allowed) if ((counts.get(a) ?? 0) > (counts.get(best) ?? 0)) best = a;
  return best;
}
