import { assignTables } from './assignTables.ts';
import { buildSheet } from './buildSheet.ts';
import { columnRules } from './columnRules.ts';
import { draftRecipe } from './draftRecipe.ts';
import type { HeaderMapping, ParsedTable, Recipe, SheetData, Template } from './types.ts';

export interface WorkbookSheet {
  template: Template;
  tables: ParsedTable[];
  mapping: HeaderMapping;
  recipe: Recipe;
  sheet: SheetData;
}

export interface BuildWorkbookInput {
  tables: readonly ParsedTable[];
  templates: readonly Template[];
  /** Recipes by template key (`slug`, else `id`, else `name`); a template without one gets `draftRecipe`. */
  recipes?: Readonly<Record<string, Recipe>>;
  /** Imports-preview sheet UUIDs by template key. */
  sheetIds?: Readonly<Record<string, string>>;
}

export function templateKey(template: Template): string {
  return template.slug ?? template.id ?? template.name;
}

/**
 * Every sheet of a migration: tables assigned to templates, then sheets built so that a
 * sheet another one links to is built first (its rows are what the link checks). A
 * template no table fed yields an empty sheet and is not used as a link target.
 * Returned in the order of `templates`.
 */
export function buildWorkbook(input: BuildWorkbookInput): WorkbookSheet[] {
  const assigned = assignTables(input.tables, input.templates);
  const built = new Map<number, WorkbookSheet>();
  const visiting = new Set<number>();
  const build = (i: number): WorkbookSheet => {
    const done = built.get(i);
    if (done) return done;
    visiting.add(i);
    const entry = assigned[i] as (typeof assigned)[number];
    const related: SheetData[] = [];
    for (const target of linkTargets(entry.template, input.templates)) {
      // A cycle of links cannot be ordered; the later sheet then checks against what exists.
      if (visiting.has(target)) continue;
      const dependency = build(target);
      if (dependency.tables.length > 0) related.push(dependency.sheet);
    }
    const key = templateKey(entry.template);
    const recipe = input.recipes?.[key] ?? draftRecipe(entry);
    const sheetId = input.sheetIds?.[key];
    const sheet = buildSheet({ ...entry, recipe, related, ...(sheetId === undefined ? {} : { sheetId }) });
    const result = { ...entry, recipe, sheet };
    built.set(i, result);
    visiting.delete(i);
    return result;
  };
  return assigned.map((_, i) => build(i));
}

function linkTargets(template: Template, templates: readonly Template[]): number[] {
  const targets: number[] = [];
  for (const rules of columnRules(template)) {
    if (!rules.link) continue;
    const id = rules.link.templateId;
    const i = templates.findIndex((t) => t !== template && (t.id === id || t.slug === id || t.name === id));
    if (i !== -1 && !targets.includes(i)) targets.push(i);
  }
  return targets;
}
