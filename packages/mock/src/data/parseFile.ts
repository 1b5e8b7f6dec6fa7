import { MockDataError } from './errors.ts';
import { parseCsv } from './parseCsv.ts';
import { parseXlsx } from './parseXlsx.ts';
import type { ParsedTable } from './types.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  contentType?: string | null;
}

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);

/**
 * Read an uploaded CSV (one table) or XLSX (one table per worksheet with data).
 * The bytes decide before the name does: an XLSX renamed `.csv` is still read as XLSX.
 * Throws `MockDataError` with a reason the customer can act on when the file is empty,
 * malformed or of a kind Vern does not read.
 */
export async function parseFile(file: UploadedFile): Promise<ParsedTable[]> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new MockDataError('empty_file', `"${name}" is empty.`);
  if (isZip(bytes)) return parseXlsx(bytes, name);
  if (isOleCompound(bytes)) {
    throw new MockDataError(
      'unsupported_file',
      `"${name}" is a legacy Excel file (.xls). Save it as .xlsx or CSV and upload it again.`,
    );
  }
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const contentType = (file.contentType ?? '').toLowerCase();
  if (extension === 'xlsx') {
    throw new MockDataError(
      'malformed_file',
      `"${name}" is not a valid Excel workbook (.xlsx). Save it again from Excel, or export it as CSV.`,
    );
  }
  if (
    (extension && TEXT_EXTENSIONS.has(extension)) ||
    contentType.startsWith('text/') ||
    (!extension && !contentType)
  ) {
    return [parseCsv(bytes, name)];
  }
  throw new MockDataError(
    'unsupported_file',
    `"${name}" is not a CSV or XLSX file. Export your data as CSV or XLSX and upload it again.`,
  );
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
