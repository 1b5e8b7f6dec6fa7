import Papa from 'papaparse';
import { decodeText } from './decodeText.ts';
import { MockDataError } from './errors.ts';
import { normalizeTable } from './normalizeTable.ts';
import type { ParsedTable } from './types.ts';

/** A CSV (or TSV, `;`- or `|`-separated) file as one table; papaparse sniffs the delimiter. */
export function parseCsv(bytes: Uint8Array, fileName: string): ParsedTable {
  const text = decodeText(bytes, fileName);
  if (text.trim() === '') throw new MockDataError('empty_file', `"${fileName}" is empty.`);
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const where = typeof quoteError.row === 'number' ? ` near row ${quoteError.row + 1}` : '';
    const what =
      quoteError.code === 'MissingQuotes'
        ? 'a quoted value that is never closed'
        : 'a quoted value followed by stray characters';
    throw new MockDataError(
      'malformed_file',
      `"${fileName}" could not be read: it has ${what}${where}. Check the quotes in that row and upload it again.`,
    );
  }
  const table = normalizeTable(result.data, { name: fileName, file: fileName, sheet: null });
  if (!table) throw new MockDataError('empty_file', `"${fileName}" is empty.`);
  if (table.rows.length === 0) {
    throw new MockDataError('empty_file', `"${fileName}" has a header row but no data rows.`);
  }
  return table;
}
