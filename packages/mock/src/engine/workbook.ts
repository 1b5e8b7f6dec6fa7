import type { Template } from '@vernkit/core';
import type { ParsedTable } from '../data/index.ts';
import { buildWorkbook as buildSheets, type Recipe, type SheetData, templateKey } from '../data/index.ts';
import type { Workbook } from './store.ts';

/**
 * Assign the inputs to templates, draft each sheet's recipe and build every sheet.
 * `sheetId` names each sheet for the report and the imports preview.
 */
export function buildWorkbook(
  inputs: ParsedTable[],
  templates: readonly Template[],
  sheetId: (template: Template) => string,
): Workbook {
  const sheetIds = Object.fromEntries(templates.map((t) => [templateKey(t), sheetId(t)]));
  const sheets = buildSheets({ tables: inputs, templates, sheetIds });
  return { inputs, sheets: sheets.map((s) => ({ ...s, sheetId: sheetIds[templateKey(s.template)] ?? '' })) };
}

/** Rebuild every sheet from the inputs and each sheet's (possibly extended) recipe. */
export function rebuild(workbook: Workbook): void {
  const recipes: Record<string, Recipe> = {};
  const sheetIds: Record<string, string> = {};
  for (const s of workbook.sheets) {
    recipes[templateKey(s.template)] = s.recipe;
    sheetIds[templateKey(s.template)] = s.sheetId;
  }
  const next = buildSheets({
    tables: workbook.inputs,
    templates: workbook.sheets.map((s) => s.template),
    recipes,
    sheetIds,
  });
  workbook.sheets = next.map((s, i) => ({ ...s, sheetId: workbook.sheets[i]?.sheetId ?? '' }));
}

/** A copy whose recipes can change without touching the original (an update that fails keeps the old preview). */
export function cloneWorkbook(workbook: Workbook): Workbook {
  return {
    inputs: workbook.inputs,
    sheets: workbook.sheets.map((s) => ({ ...s, recipe: { steps: [...s.recipe.steps] } })),
  };
}

export function sheetsOf(workbook: Workbook): SheetData[] {
  return workbook.sheets.map((s) => s.sheet);
}
