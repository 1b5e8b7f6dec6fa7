import { rulesFor, valueKey } from './columnRules.ts';
import { clauses, mentionedColumns, startsWithColumn, unquote, valuePair } from './phrases.ts';
import type { RecipeStep, SheetData, Template } from './types.ts';

export type InterpretResult = { steps: RecipeStep[]; summary: string } | { unsupported: string };

type ClauseResult = { steps: RecipeStep[]; summary: string } | { unsupported: string };

const CAPABILITIES =
  'I can trim whitespace, make a column lowercase or uppercase, fill empty cells with a default, clear a column, remove duplicates, drop rows with invalid values, and map one value to another (for example "map \'in progress\' to Open").';

/**
 * Turn a plain-language refinement into recipe steps. Several instructions may share a
 * message ("trim whitespace and lowercase emails"); if any one is not understood, none
 * is applied and the answer says which, so nothing half-happens.
 */
export function interpretInstruction(message: string, template: Template, sheet: SheetData): InterpretResult {
  const parts = clauses(message).flatMap((c) => splitAnd(c, template));
  if (parts.length === 0) return { unsupported: `There is no instruction to apply. ${CAPABILITIES}` };
  const steps: RecipeStep[] = [];
  const summaries: string[] = [];
  for (const part of parts) {
    let result = interpretClause(part, template, sheet);
    // "map A to B and C to D": the second pair borrows the first one's verb.
    const previous = steps.at(-1);
    if ('unsupported' in result && previous?.kind === 'map_value') {
      const pair = valuePair(part, { verbRequired: false });
      if (pair) result = mapValue(pair.from, pair.to, part, [previous.column], template, sheet);
    }
    if ('unsupported' in result) return result;
    steps.push(...result.steps);
    summaries.push(result.summary);
  }
  return { steps, summary: `${summaries.join('; ')}.` };
}

/** "lowercase emails and trim phones" is two instructions; "first and last name" is one. */
function splitAnd(clause: string, template: Template): string[] {
  const parts: string[] = [];
  for (const segment of clause.split(/\s+and\s+/i)) {
    if (parts.length > 0 && startsWithColumn(segment, template)) parts[parts.length - 1] += ` and ${segment}`;
    else parts.push(segment);
  }
  return parts;
}

function interpretClause(clause: string, template: Template, sheet: SheetData): ClauseResult {
  const lower = clause.toLowerCase();
  const columns = mentionedColumns(clause, template);
  const needColumn = (what: string): ClauseResult => ({
    unsupported: `I couldn't tell which column to ${what} in "${clause}". Name one of: ${sheet.header.join(', ')}.`,
  });

  if (/\b(trim|strip)\b|\bwhite\s*space\b|\b(extra|stray|leading|trailing) spaces\b/.test(lower)) {
    if (
      columns.length === 0 ||
      /\b(everywhere|all columns|every column|all cells|every cell|all fields)\b/.test(lower)
    ) {
      return { steps: [{ kind: 'trim' }], summary: 'Trim whitespace in every column' };
    }
    return {
      steps: columns.map((column) => ({ kind: 'trim', column })),
      summary: `Trim whitespace in ${columns.join(', ')}`,
    };
  }
  if (/\blower\s*-?\s*case\b|\blowercase\b/.test(lower)) {
    if (columns.length === 0) return needColumn('lowercase');
    return {
      steps: columns.map((column) => ({ kind: 'lowercase', column })),
      summary: `Lowercase ${columns.join(', ')}`,
    };
  }
  if (/\bupper\s*-?\s*case\b|\buppercase\b|\ball caps\b/.test(lower)) {
    if (columns.length === 0) return needColumn('uppercase');
    return {
      steps: columns.map((column) => ({ kind: 'uppercase', column })),
      summary: `Uppercase ${columns.join(', ')}`,
    };
  }
  if (/\b(dedupe|de-dupe|deduplicate|duplicates?)\b/.test(lower)) {
    const uniques = template.columns.filter((c) => c.unique).map((c) => c.name);
    const target = columns[0] ?? (uniques.length === 1 ? uniques[0] : undefined);
    if (!target || columns.length > 1) return needColumn('remove duplicates from');
    return {
      steps: [{ kind: 'dedupe', column: target }],
      summary: `Remove rows that repeat an earlier ${target} (${duplicateCount(sheet, target)} rows)`,
    };
  }
  if (/\b(empty|blank|missing)\b/.test(lower) && /\b(fill|default|set|use|put)\b/.test(lower)) {
    return fill(clause, columns, sheet, needColumn);
  }
  if (/^\s*default\b/.test(lower)) return fill(clause, columns, sheet, needColumn);
  if (/\brows?\b/.test(lower) && /\b(drop|remove|delete|exclude)\b/.test(lower)) {
    if (!/\b(invalid|bad|wrong|broken|flagged|missing|empty|blank)\b/.test(lower)) {
      return {
        unsupported: `I can only drop rows whose value in a column is invalid, not "${clause}". ${CAPABILITIES}`,
      };
    }
    if (columns.length !== 1) return needColumn('check');
    const column = columns[0] as string;
    return { steps: [{ kind: 'drop_invalid_rows', column }], summary: `Drop rows with an invalid ${column}` };
  }
  if (
    /\b(drop|clear|remove|delete|blank out|empty|wipe|skip|exclude|don't import|do not import)\b/.test(
      lower,
    ) &&
    !/\b(to|as|into|with)\b/.test(lower)
  ) {
    if (columns.length === 0) return needColumn('clear');
    return {
      steps: columns.map((column) => ({ kind: 'clear_column', column })),
      summary: `Clear the ${columns.join(', ')} column${columns.length > 1 ? 's' : ''}`,
    };
  }
  const pair = valuePair(stripColumnScope(clause, columns), { verbRequired: true });
  if (pair) return mapValue(pair.from, pair.to, clause, columns, template, sheet);
  return { unsupported: `I can't do that yet: "${clause}". ${CAPABILITIES}` };
}

function fill(
  clause: string,
  columns: string[],
  sheet: SheetData,
  needColumn: (what: string) => ClauseResult,
): ClauseResult {
  if (columns.length !== 1) return needColumn('fill');
  const column = columns[0] as string;
  const value = fillValue(clause, column);
  if (value === null)
    return { unsupported: `I couldn't tell what value to fill ${column} with in "${clause}".` };
  const c = sheet.header.indexOf(column);
  const empty = sheet.rows.reduce((n, row) => n + ((row[c] ?? '').trim() === '' ? 1 : 0), 0);
  return {
    steps: [{ kind: 'fill_empty', column, value }],
    summary: `Fill ${empty} empty ${column} ${empty === 1 ? 'cell' : 'cells'} with "${value}"`,
  };
}

/** "fill empty Status with Pending", "default Status to Pending", "use 'N/A' for missing Phone". */
function fillValue(clause: string, column: string): string | null {
  const quoted = /["'“‘]([^"'”’]+)["'”’]/.exec(clause)?.[1];
  if (quoted !== undefined && quoted.toLowerCase() !== column.toLowerCase()) return quoted;
  const use = /\b(?:use|put)\s+(.+?)\s+(?:for|as|in|when|if|where)\b/i.exec(clause)?.[1];
  if (use) return unquote(use);
  const tail = /\b(?:with|to|as)\s+(.+)$/i.exec(clause)?.[1];
  return tail ? unquote(tail) : null;
}

// "in the Status column", "for Status" name the column; they are not part of the values.
function stripColumnScope(clause: string, columns: readonly string[]): string {
  let text = clause;
  for (const column of columns) {
    const name = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(
      new RegExp(`\\s+(?:in|for|of|on)\\s+(?:the\\s+)?${name}s?(?:\\s+(?:column|field))?`, 'i'),
      '',
    );
  }
  return text;
}

function mapValue(
  from: string,
  to: string,
  clause: string,
  columns: string[],
  template: Template,
  sheet: SheetData,
): ClauseResult {
  let column = columns.find((c) => valueKey(c) !== valueKey(from) && valueKey(c) !== valueKey(to));
  const key = valueKey(from);
  if (!column) {
    const holders = sheet.header.filter((_, c) => sheet.rows.some((row) => valueKey(row[c] ?? '') === key));
    if (holders.length === 0)
      return { unsupported: `I couldn't find "${from}" in any column, so there is nothing to map.` };
    if (holders.length > 1) {
      return {
        unsupported: `"${from}" appears in ${holders.join(' and ')}. Say which column, e.g. "${clause} in ${holders[0]}".`,
      };
    }
    column = holders[0] as string;
  }
  const allowed = rulesFor(template, column)?.allowed;
  const canonical = allowed?.find((a) => valueKey(a) === valueKey(to));
  const target = canonical ?? to;
  const c = sheet.header.indexOf(column);
  const count = sheet.rows.reduce((n, row) => n + (valueKey(row[c] ?? '') === key ? 1 : 0), 0);
  const caveat =
    allowed && !canonical
      ? ` ("${to}" is not one of ${allowed.join(', ')}, so those cells stay flagged)`
      : '';
  return {
    steps: [{ kind: 'map_value', column, from, to: target }],
    summary: `Map "${from}" to "${target}" in ${column} (${count} ${count === 1 ? 'cell' : 'cells'})${caveat}`,
  };
}

function duplicateCount(sheet: SheetData, column: string): number {
  const c = sheet.header.indexOf(column);
  const seen = new Set<string>();
  let repeats = 0;
  for (const row of sheet.rows) {
    const key = valueKey(row[c] ?? '');
    if (key === '') continue;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}
