import { MockDataError } from './errors.ts';

/**
 * Bytes of a "CSV" as text. Spreadsheet apps write UTF-8 (with or without BOM), UTF-16
 * ("Unicode text") or Windows-1252; anything with NULs or many control characters is
 * not a text file at all, and saying so beats a one-column table of mojibake.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const text = decodeByBom(bytes) ?? decodeUtf8OrLegacy(bytes);
  if (looksBinary(text)) {
    throw new MockDataError(
      'malformed_file',
      `"${fileName}" is not a readable text file. Export it as CSV (UTF-8) or XLSX and upload it again.`,
    );
  }
  return text;
}

function decodeByBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return null;
}

function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    // The decoder drops a UTF-8 BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    // Tab, LF and CR are text; every other C0 control, and DEL, is a sign of binary data.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls++;
  }
  return controls > Math.max(2, length * 0.01);
}
