import type { Template, TemplateColumn } from '@vernkit/core';

export type { Template, TemplateColumn };

/** One grid read from an uploaded file: a CSV, or one worksheet of an XLSX. */
export interface ParsedTable {
  /** Unique per upload: the file name, plus ` › <worksheet>` for XLSX. */
  name: string;
  file: string;
  /** The worksheet name for XLSX, `null` for CSV. */
  sheet: string | null;
  /** Header cells, trimmed; blanks become `Column N`, repeats get ` (2)`. */
  header: string[];
  /** Data rows as strings, each exactly `header.length` long. */
  rows: string[][];
}

export type MatchKind = 'exact' | 'synonym' | 'partial';

export interface ColumnMatch {
  /** The template column. */
  column: string;
  /** The chosen source header (a provisional pick when the column is ambiguous), or `null`. */
  source: string | null;
  match: MatchKind | null;
  /** Every plausible source header, best first. */
  candidates: string[];
}

/** Template column → source header, keyed by header text so one mapping serves several files. */
export interface HeaderMapping {
  /** One entry per template column, in template order. */
  columns: ColumnMatch[];
  /** Columns with two or more plausible source headers (e.g. "Phone" and "Mobile"). */
  ambiguous: Array<{ column: string; candidates: string[] }>;
  /** Source headers that feed no template column. */
  unmapped: string[];
}

/**
 * One transformation, applied in order by `buildSheet`. Plain JSON so a run can store
 * and replay it. Value comparisons (`map_value`, `dedupe`) ignore case and surrounding space.
 */
export type RecipeStep =
  /** Fill `column` from these source headers, first non-empty wins; `[]` leaves it empty. */
  | { kind: 'use_source'; column: string; sources: string[] }
  /** Strip leading/trailing whitespace in `column`, or in every column when absent. */
  | { kind: 'trim'; column?: string }
  | { kind: 'lowercase'; column: string }
  | { kind: 'uppercase'; column: string }
  | { kind: 'fill_empty'; column: string; value: string }
  | { kind: 'clear_column'; column: string }
  | { kind: 'map_value'; column: string; from: string; to: string }
  /** Rewrite case/spacing variants of an allowed value ("open ", "CLOSED") to its canonical form. */
  | { kind: 'normalize_allowed'; column: string }
  /** Set every non-empty cell that fails the column's strict rule to `to`. */
  | { kind: 'map_invalid'; column: string; to: string }
  /** Drop rows whose `column` is empty-but-required or fails the strict rule. */
  | { kind: 'drop_invalid_rows'; column: string }
  /** Keep the first row of each group of equal `column` values. */
  | { kind: 'dedupe'; column: string }
  /** A decision to leave the column's invalid cells flagged; changes no data. */
  | { kind: 'keep_invalid'; column: string };

export type RecipeStepKind = RecipeStep['kind'];

export interface Recipe {
  steps: RecipeStep[];
}

/** Which validation rule flagged a cell. */
export type CellRule = 'required' | 'allowed' | 'format' | 'unique' | 'link';

/** A flagged cell: `row` is the 0-based data row (header excluded). */
export interface InvalidCellRef {
  row: number;
  column: string;
  error: string;
  rule: CellRule;
}

/** The template a sheet belongs to, as the two API generations name it. */
export interface SheetTemplateRef {
  name: string;
  slug?: string;
  id?: string;
}

/** One output sheet. Plain JSON: a run can store it as is. */
export interface SheetData {
  template: SheetTemplateRef;
  /** The imports preview's sheet UUID, when there is one. */
  sheetId?: string;
  /** Template column names, in template order. */
  header: string[];
  rows: string[][];
  /** Sorted by row, then by template column order. */
  invalid: InvalidCellRef[];
  /** Where each column came from, for coverage: `sources` are headers of the `tables`. */
  lineage: Array<{ column: string; sources: string[] }>;
  /** Names of the `ParsedTable`s this sheet was built from. */
  tables: string[];
  /** Flagged groups the customer chose to keep (`<column>` or `<column>#unique`): asked no more. */
  kept?: string[];
}

/** What `validateRows` may check links against. */
export interface ValidationContext {
  /** Other sheets of the same migration; a link rule pointing at a sheet not here is skipped. */
  related?: readonly SheetData[];
}
