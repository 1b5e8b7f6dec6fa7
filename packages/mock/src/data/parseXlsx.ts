import readXlsxFile from 'read-excel-file/universal';
import { MockDataError } from './errors.ts';
import { normalizeTable } from './normalizeTable.ts';
import type { ParsedTable } from './types.ts';

/**
 * An XLSX workbook as one table per worksheet that has data. The `universal` entry
 * takes an ArrayBuffer and imports nothing from Node, so this runs in browsers too.
 */
export async function parseXlsx(bytes: Uint8Array, fileName: string): Promise<ParsedTable[]> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(toArrayBuffer(bytes));
  } catch (cause) {
    throw new MockDataError(
      'malformed_file',
      `"${fileName}" could not be read as an Excel workbook (.xlsx). It may be damaged or password-protected; save it again from Excel, or export it as CSV.`,
      { cause },
    );
  }
  const tables: ParsedTable[] = [];
  for (const { sheet, data } of sheets) {
    const grid = data.map((row) => row.map(cellText));
    const table = normalizeTable(grid, { name: `${fileName} › ${sheet}`, file: fileName, sheet });
    if (table && table.rows.length > 0) tables.push(table);
  }
  if (tables.length === 0) {
    throw new MockDataError('empty_file', `"${fileName}" has no worksheet with a header row and data rows.`);
  }
  return tables;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer
    : bytes.slice().buffer;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  return String(value);
}

// Excel dates carry no zone; read-excel-file returns them as UTC.
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
