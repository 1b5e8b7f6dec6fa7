import { cellIssue, columnRules, ERROR, valueKey } from './columnRules.ts';
import type { InvalidCellRef, SheetData, Template, ValidationContext } from './types.ts';

interface LinkCheck {
  keys: Set<string>;
  error: string;
}

/**
 * Check every cell against the template's rules, at most one error per cell:
 * required, then the strict rule (allowed values or format), then the link, then
 * uniqueness (every repeat after the first is flagged). Linear in the cell count.
 * A link to a sheet not in `context.related` cannot be checked and is skipped.
 */
export function validateRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  template: Template,
  context?: ValidationContext,
): InvalidCellRef[] {
  const checks = columnRules(template)
    .map((rules) => ({ rules, index: header.indexOf(rules.name) }))
    .filter((c) => c.index !== -1)
    .map((c) => ({
      ...c,
      link: c.rules.link ? linkCheck(c.rules.link, context?.related ?? []) : null,
      seen: c.rules.unique ? new Map<string, number>() : null,
    }));
  const invalid: InvalidCellRef[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    for (const check of checks) {
      const value = row[check.index] ?? '';
      const column = check.rules.name;
      const issue = cellIssue(check.rules, value);
      let firstRow: number | undefined;
      if (check.seen && value.trim() !== '') {
        const key = valueKey(value);
        firstRow = check.seen.get(key);
        if (firstRow === undefined) check.seen.set(key, r);
      }
      if (issue) {
        invalid.push({ row: r, column, ...issue });
      } else if (check.link && value.trim() !== '' && !check.link.keys.has(valueKey(value))) {
        invalid.push({ row: r, column, rule: 'link', error: check.link.error });
      } else if (firstRow !== undefined) {
        invalid.push({ row: r, column, rule: 'unique', error: ERROR.unique(firstRow) });
      }
    }
  }
  return invalid;
}

function linkCheck(
  link: { templateId: string; columnName: string },
  related: readonly SheetData[],
): LinkCheck | null {
  const target = related.find(
    (s) =>
      s.template.id === link.templateId ||
      s.template.slug === link.templateId ||
      s.template.name === link.templateId,
  );
  const index = target ? target.header.indexOf(link.columnName) : -1;
  if (!target || index === -1) return null;
  const keys = new Set<string>();
  for (const row of target.rows) {
    const value = row[index] ?? '';
    if (value.trim() !== '') keys.add(valueKey(value));
  }
  return { keys, error: ERROR.link(target.template.name, link.columnName) };
}
