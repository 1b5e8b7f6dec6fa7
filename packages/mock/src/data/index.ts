export { applyAnswer } from './applyAnswer.ts';
export { type ApplyPatchInput, applyPatch } from './applyPatch.ts';
export { type AssignedTables, assignTables } from './assignTables.ts';
export { type BuildSheetInput, buildSheet } from './buildSheet.ts';
export { type BuildWorkbookInput, buildWorkbook, templateKey, type WorkbookSheet } from './buildWorkbook.ts';
export { computeReport } from './computeReport.ts';
export { COMPANIES_TEMPLATE_ID, CONTACTS_TEMPLATE_ID } from './defaultTemplates.ts';
export {
  type AgentQuestion,
  type DetectQuestionsInput,
  detectQuestions,
  type QuestionDecision,
} from './detectQuestions.ts';
export { draftRecipe } from './draftRecipe.ts';
export { MockDataError, type MockDataErrorCode } from './errors.ts';
export { type InterpretResult, interpretInstruction } from './interpretInstruction.ts';
export { mapHeaders } from './mapHeaders.ts';
export { parseFile, type UploadedFile } from './parseFile.ts';
export { type ImportsQuestion, type NeedsAttentionBlock, proposePatch } from './proposePatch.ts';
export { publicQuestion } from './publicQuestion.ts';
export {
  defaultSources,
  defaultTemplates,
  type SampleFileName,
  sampleFile,
  sampleFileNames,
} from './samples.ts';
export { type CsvExport, type CsvFilter, toCsv } from './toCsv.ts';
export { type PreviewSheetJson, toPreviewSheet } from './toPreviewSheet.ts';
export type {
  CellRule,
  ColumnMatch,
  HeaderMapping,
  InvalidCellRef,
  MatchKind,
  ParsedTable,
  Recipe,
  RecipeStep,
  RecipeStepKind,
  SheetData,
  SheetTemplateRef,
  ValidationContext,
} from './types.ts';
export { validateRows } from './validateRows.ts';
