import { findHeader } from './buildSheet.ts';
import { columnRules } from './columnRules.ts';
import { headerKey } from './headerKey.ts';
import { quoteList } from './phrases.ts';
import type { HeaderMapping, ParsedTable, Recipe, RecipeStep, SheetData, Template } from './types.ts';

/**
 * What a question decides, and the recipe steps each option stands for. It stays
 * server-side: `publicQuestion` strips it before a question goes on the wire.
 */
export type QuestionDecision =
  | { kind: 'source'; column: string; candidates: string[]; optionSteps: Record<string, RecipeStep[]> }
  | {
      kind: 'values';
      column: string;
      allowed: string[];
      values: string[];
      optionSteps: Record<string, RecipeStep[]>;
    };

/** A current-API question (`{ id, question, context, options, allowCustom }`) plus its decision. */
export interface AgentQuestion {
  id: string;
  question: string;
  context: string;
  options: Array<{ id: string; label: string }>;
  allowCustom: boolean;
  decision: QuestionDecision;
}

export interface DetectQuestionsInput {
  template: Template;
  mapping: HeaderMapping;
  /** The sheet built with the current recipe. */
  sheet: SheetData;
  recipe: Recipe;
  /** The tables the sheet came from: lets a mapping question say how full each candidate is. */
  tables?: readonly ParsedTable[];
}

const SETTLES_VALUES = new Set<RecipeStep['kind']>(['map_invalid', 'drop_invalid_rows', 'keep_invalid']);
const MAX_SAMPLES = 5;

/**
 * Questions for what the data leaves genuinely open: a template column two source
 * headers could fill, and values outside a column's allowed set that no case fix
 * explains. A decision already in the recipe is not asked again; mapping some of the
 * values (but not all) asks again about the rest.
 */
export function detectQuestions(input: DetectQuestionsInput): AgentQuestion[] {
  const { template, mapping, sheet, recipe } = input;
  const questions: AgentQuestion[] = [];
  const prefix = `q_${template.slug ?? headerKey(template.name)}`;
  for (const { column, candidates } of mapping.ambiguous) {
    if (recipe.steps.some((s) => s.kind === 'use_source' && s.column === column)) continue;
    questions.push(
      sourceQuestion(`${prefix}_${headerKey(column)}_source`, template, column, candidates, input.tables),
    );
  }
  for (const rules of columnRules(template)) {
    if (!rules.allowed) continue;
    if (recipe.steps.some((s) => SETTLES_VALUES.has(s.kind) && 'column' in s && s.column === rules.name))
      continue;
    const c = sheet.header.indexOf(rules.name);
    const counts = new Map<string, number>();
    for (const cell of sheet.invalid) {
      if (cell.column !== rules.name || cell.rule !== 'allowed') continue;
      const value = sheet.rows[cell.row]?.[c] ?? '';
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    questions.push(
      valuesQuestion(
        `${prefix}_${headerKey(rules.name)}_values`,
        template,
        rules.name,
        rules.allowed,
        counts,
      ),
    );
  }
  return questions;
}

function sourceQuestion(
  id: string,
  template: Template,
  column: string,
  candidates: string[],
  tables: readonly ParsedTable[] | undefined,
): AgentQuestion {
  const [first, second] = candidates as [string, string];
  const options: AgentQuestion['options'] = [];
  const optionSteps: Record<string, RecipeStep[]> = {};
  const add = (label: string, sources: string[]) => {
    const optionId = String.fromCharCode(97 + options.length);
    options.push({ id: optionId, label });
    optionSteps[optionId] = [{ kind: 'use_source', column, sources }];
  };
  for (const candidate of candidates) add(`Use "${candidate}"`, [candidate]);
  add(`Use "${first}", and "${second}" when it is empty`, [first, second]);
  return {
    id,
    question: `Your data has both ${quoteList(candidates)}. Which should fill ${column} in ${template.name}?`,
    context:
      fillContext(candidates, tables) ?? `Each of these columns could be the ${template.name} ${column}.`,
    options,
    allowCustom: true,
    decision: { kind: 'source', column, candidates, optionSteps },
  };
}

function fillContext(
  candidates: readonly string[],
  tables: readonly ParsedTable[] | undefined,
): string | null {
  if (!tables || tables.length === 0) return null;
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const parts = candidates.map((candidate) => {
    let filled = 0;
    for (const table of tables) {
      const i = findHeader(table.header, candidate);
      if (i !== -1) for (const row of table.rows) if ((row[i] ?? '').trim() !== '') filled++;
    }
    return `"${candidate}" is filled in ${filled} of ${total} rows`;
  });
  return `${parts.join('; ')}.`;
}

function valuesQuestion(
  id: string,
  template: Template,
  column: string,
  allowed: string[],
  counts: Map<string, number>,
): AgentQuestion {
  const rows = [...counts.values()].reduce((a, b) => a + b, 0);
  const values = [...counts.keys()];
  const samples = values
    .slice(0, MAX_SAMPLES)
    .map((v) => `"${v}" (${counts.get(v)})`)
    .join(', ');
  const more = values.length > MAX_SAMPLES ? `, and ${values.length - MAX_SAMPLES} more` : '';
  const options: AgentQuestion['options'] = [];
  const optionSteps: Record<string, RecipeStep[]> = {};
  const add = (label: string, steps: RecipeStep[]) => {
    const optionId = String.fromCharCode(97 + options.length);
    options.push({ id: optionId, label });
    optionSteps[optionId] = steps;
  };
  for (const value of allowed.slice(0, 4))
    add(`Map them all to '${value}'`, [{ kind: 'map_invalid', column, to: value }]);
  add('Drop those rows', [{ kind: 'drop_invalid_rows', column }]);
  add('Leave them flagged', [{ kind: 'keep_invalid', column }]);
  return {
    id,
    question: `Some ${column} values aren't one of the allowed options (${allowed.join(', ')}). How should I handle them?`,
    context: `${rows} ${rows === 1 ? 'row' : 'rows'} in ${template.name} ${rows === 1 ? 'has' : 'have'} ${/^[aeiou]/i.test(column) ? 'an' : 'a'} ${column} outside the allowed options: ${samples}${more}.`,
    options,
    allowCustom: true,
    decision: { kind: 'values', column, allowed, values, optionSteps },
  };
}
