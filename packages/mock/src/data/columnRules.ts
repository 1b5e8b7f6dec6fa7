import { MockDataError } from './errors.ts';
import type { CellRule, Template } from './types.ts';

/** A template column's rules, compiled once per template. */
export interface ColumnRules {
  name: string;
  required: boolean;
  unique: boolean;
  strict: RegExp | null;
  /** The literal alternatives of an allowed-values rule like `^(Open|Closed|Pending)$`. */
  allowed: string[] | null;
  link: { templateId: string; columnName: string } | null;
}

const cache = new WeakMap<Template, ColumnRules[]>();

/** Throws `MockDataError('invalid_template')` for a `strictRule` JavaScript cannot compile. */
export function columnRules(template: Template): ColumnRules[] {
  let rules = cache.get(template);
  if (!rules) {
    rules = (template.columns ?? []).map((column) => {
      const rule = column.desiredRule ?? 'none';
      const strictSource = rule === 'strict' ? column.strictRule : undefined;
      const link = rule === 'link' ? column.linkRule?.find((l) => l.templateId && l.columnName) : undefined;
      return {
        name: column.name,
        required: column.required === true,
        unique: column.unique === true,
        strict: strictSource ? compile(strictSource, template.name, column.name) : null,
        allowed: strictSource ? allowedValues(strictSource) : null,
        link: link ? { templateId: link.templateId as string, columnName: link.columnName as string } : null,
      };
    });
    cache.set(template, rules);
  }
  return rules;
}

export function rulesFor(template: Template, column: string): ColumnRules | undefined {
  return columnRules(template).find((r) => r.name === column);
}

function compile(source: string, templateName: string, columnName: string): RegExp {
  try {
    return new RegExp(source);
  } catch (cause) {
    throw new MockDataError(
      'invalid_template',
      `The "${columnName}" column of the ${templateName} template has a strictRule that is not a valid regular expression: ${source}`,
      { cause },
    );
  }
}

const META = /[\\^$.*+?()[\]{}|]/;

/**
 * `^(Open|Closed|Pending)$`, `^(?:A|B)$` or `^Open$` → its literal values. A rule with any
 * other regex syntax in an alternative is a format, not a list, and yields `null`.
 */
export function allowedValues(source: string): string[] | null {
  const body = /^\^(?:\(\?:|\()(.*)\)\$$/.exec(source)?.[1] ?? /^\^([^()|]*)\$$/.exec(source)?.[1];
  if (body === undefined || body === '') return null;
  const values: string[] = [];
  for (const raw of body.split('|')) {
    const literal = raw.replace(/\\([^A-Za-z0-9])/g, '$1');
    // After unescaping, a remaining metacharacter that was not escaped means real regex syntax.
    if (META.test(raw.replace(/\\[^A-Za-z0-9]/g, ''))) return null;
    if (literal === '') return null;
    values.push(literal);
  }
  return values;
}

export const ERROR = {
  required: 'Required value is missing',
  allowed: (allowed: readonly string[]) => `Does not match allowed values: ${allowed.join(', ')}`,
  format: (source: string) => `Does not match the required format: ${source}`,
  unique: (firstRow: number) => `Duplicate value (first seen in row ${firstRow + 1})`,
  link: (template: string, column: string) => `No ${template} row has this ${column}`,
} as const;

/** The cell-level checks (required, allowed values, format); `null` when the cell passes them. */
export function cellIssue(rules: ColumnRules, value: string): { rule: CellRule; error: string } | null {
  if (value.trim() === '') return rules.required ? { rule: 'required', error: ERROR.required } : null;
  if (rules.strict && !rules.strict.test(value)) {
    return rules.allowed
      ? { rule: 'allowed', error: ERROR.allowed(rules.allowed) }
      : { rule: 'format', error: ERROR.format(rules.strict.source) };
  }
  return null;
}

/** How values compare for uniqueness, links and value mapping: case and surrounding space ignored. */
export function valueKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}
