import { cellIssue, rulesFor, valueKey } from './columnRules.ts';
import { MockDataError } from './errors.ts';
import type { RecipeStep, Template } from './types.ts';

/**
 * Apply one recipe step to a grid whose columns are `header` (template order). Cells are
 * rewritten in place; steps that drop rows return a new array. `use_source` is a mapping
 * decision, read by `buildSheet` before any row exists, so it is a no-op here.
 */
export function applyStep(
  step: RecipeStep,
  rows: string[][],
  header: readonly string[],
  template: Template,
): string[][] {
  if (step.kind === 'use_source' || step.kind === 'keep_invalid') return rows;
  if (step.kind === 'trim' && step.column === undefined) {
    for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = (row[c] as string).trim();
    return rows;
  }
  const c = header.indexOf(step.column as string);
  if (c === -1) {
    throw new MockDataError('invalid_recipe', `The ${template.name} sheet has no column "${step.column}".`);
  }
  switch (step.kind) {
    case 'trim':
      return mapCells(rows, c, (v) => v.trim());
    case 'lowercase':
      return mapCells(rows, c, (v) => v.toLowerCase());
    case 'uppercase':
      return mapCells(rows, c, (v) => v.toUpperCase());
    case 'clear_column':
      return mapCells(rows, c, () => '');
    case 'fill_empty':
      return mapCells(rows, c, (v) => (v.trim() === '' ? step.value : v));
    case 'map_value': {
      const from = valueKey(step.from);
      return mapCells(rows, c, (v) => (valueKey(v) === from ? step.to : v));
    }
    case 'normalize_allowed': {
      const allowed = rulesFor(template, step.column)?.allowed ?? [];
      const canonical = new Map(allowed.map((a) => [valueKey(a), a]));
      return mapCells(rows, c, (v) => canonical.get(valueKey(v)) ?? v);
    }
    case 'map_invalid': {
      const rules = rulesFor(template, step.column);
      if (!rules) return rows;
      return mapCells(rows, c, (v) => (v.trim() !== '' && cellIssue(rules, v) ? step.to : v));
    }
    case 'drop_invalid_rows': {
      const rules = rulesFor(template, step.column);
      if (!rules) return rows;
      return rows.filter((row) => cellIssue(rules, row[c] as string) === null);
    }
    case 'dedupe': {
      const seen = new Set<string>();
      return rows.filter((row) => {
        const key = valueKey(row[c] as string);
        if (key === '') return true;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    default:
      throw new MockDataError('invalid_recipe', `Unknown recipe step "${(step as { kind: string }).kind}".`);
  }
}

function mapCells(rows: string[][], c: number, f: (value: string) => string): string[][] {
  for (const row of rows) row[c] = f(row[c] as string);
  return rows;
}
