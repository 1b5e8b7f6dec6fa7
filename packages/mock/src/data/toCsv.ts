import Papa from 'papaparse';
import { invalidRows } from './invalidRows.ts';
import type { SheetData } from './types.ts';

export type CsvFilter = 'valid' | 'all' | 'invalid';

export interface CsvExport {
  /** RFC 4180 text: header first, CRLF after every record. Lazy: iterate to stream. */
  chunks: Iterable<string>;
  /** Data rows that match the filter (the `X-Total-Records` header). */
  total: number;
}

const ROWS_PER_CHUNK = 2_000;

/**
 * One sheet as CSV, in template column order. `valid` leaves out every row with a flagged
 * cell, `invalid` keeps only those, `all` keeps everything. Values are written as they
 * are: a cell starting with `=` stays a string of data, quoted only where RFC 4180 says.
 */
export function toCsv(sheet: SheetData, filter: CsvFilter): CsvExport {
  const flagged = invalidRows(sheet);
  const keep = (r: number) =>
    filter === 'all' ? true : filter === 'valid' ? !flagged.has(r) : flagged.has(r);
  let total = 0;
  if (filter === 'all') total = sheet.rows.length;
  else for (let r = 0; r < sheet.rows.length; r++) if (keep(r)) total++;
  // A lone empty field would print as a blank line, which readers skip: quote it.
  const single = sheet.header.length === 1;
  const config: Papa.UnparseConfig = {
    newline: '\r\n',
    escapeFormulae: false,
    quotes: single ? (value: unknown) => value === '' : false,
  };
  function* chunks(): Generator<string> {
    yield `${Papa.unparse([sheet.header], config)}\r\n`;
    let batch: string[][] = [];
    for (let r = 0; r < sheet.rows.length; r++) {
      if (!keep(r)) continue;
      batch.push(sheet.rows[r] as string[]);
      if (batch.length === ROWS_PER_CHUNK) {
        yield `${Papa.unparse(batch, config)}\r\n`;
        batch = [];
      }
    }
    if (batch.length > 0) yield `${Papa.unparse(batch, config)}\r\n`;
  }
  return { chunks: { [Symbol.iterator]: chunks }, total };
}
