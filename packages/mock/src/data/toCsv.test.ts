import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './buildWorkbook.ts';
import { parseFile } from './parseFile.ts';
import { defaultTemplates, sampleFile } from './samples.ts';
import { toCsv } from './toCsv.ts';
import type { SheetData } from './types.ts';

const text = (sheet: SheetData, filter: 'valid' | 'all' | 'invalid') =>
  [...toCsv(sheet, filter).chunks].join('');
const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

const sheet = (header: string[], rows: string[][], invalid: SheetData['invalid'] = []): SheetData => ({
  template: { name: 'T', slug: 't' },
  header,
  rows,
  invalid,
  lineage: [],
  tables: [],
});

describe('toCsv', () => {
  it('writes RFC 4180: header first, CRLF, quotes only where needed', () => {
    const out = text(
      sheet(
        ['Name', 'Notes'],
        [
          ['Acme, Inc.', 'said "hi"'],
          ['Globex', 'line one\nline two'],
          [' padded ', ''],
        ],
      ),
      'all',
    );
    expect(out).toBe(
      'Name,Notes\r\n"Acme, Inc.","said ""hi"""\r\nGlobex,"line one\nline two"\r\n" padded ",\r\n',
    );
  });

  it('round-trips any string through papaparse, hostile ones included, untouched', () => {
    const values = [
      '=HYPERLINK("http://evil.example","click")',
      '+cmd|/c calc',
      '@SUM(A1:A9)',
      '-2+3',
      '<img src=x onerror=alert(1)>',
      'abc\u202Etxt.exe',
      'tab\there',
      'crlf\r\ninside',
      '"quoted"',
      '',
      '   ',
      'ünïcødé 👋',
    ];
    const rows = values.map((v, i) => [String(i), v]);
    expect(parse(text(sheet(['#', 'Value'], rows), 'all'))).toEqual([['#', 'Value'], ...rows]);
  });

  it('keeps the template column order', () => {
    expect(text(sheet(['B', 'A'], [['b', 'a']]), 'all').split('\r\n')[0]).toBe('B,A');
  });

  it('quotes a lone empty field so a one-column row is not read as a blank line', () => {
    const out = text(sheet(['Only'], [['x'], [''], ['y']]), 'all');
    expect(out).toBe('Only\r\nx\r\n""\r\ny\r\n');
  });

  it('filters valid, invalid or all rows and counts them', () => {
    const s = sheet(
      ['V'],
      [['ok'], ['bad'], ['ok2'], ['bad2']],
      [
        { row: 1, column: 'V', error: 'x', rule: 'format' },
        { row: 3, column: 'V', error: 'x', rule: 'format' },
        { row: 3, column: 'V', error: 'y', rule: 'unique' },
      ],
    );
    expect(toCsv(s, 'all').total).toBe(4);
    expect(toCsv(s, 'valid').total).toBe(2);
    expect(toCsv(s, 'invalid').total).toBe(2);
    expect(parse(text(s, 'valid'))).toEqual([['V'], ['ok'], ['ok2']]);
    expect(parse(text(s, 'invalid'))).toEqual([['V'], ['bad'], ['bad2']]);
  });

  it('writes only the header when no row matches', () => {
    const out = toCsv(
      sheet(['A', 'B'], [['1', '2']], [{ row: 0, column: 'A', error: 'x', rule: 'format' }]),
      'valid',
    );
    expect(out.total).toBe(0);
    expect([...out.chunks].join('')).toBe('A,B\r\n');
  });

  it('splits big exports into chunks and can be iterated twice', () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => [String(i)]);
    const out = toCsv(sheet(['N'], rows), 'all');
    const chunks = [...out.chunks];
    expect(chunks).toHaveLength(1 + 3);
    expect(chunks.join('')).toBe([...out.chunks].join(''));
    expect(chunks.join('').split('\r\n')).toHaveLength(1 + 5_001 + 1);
  });

  it('exports the sample contacts: 60 rows, 20 flagged', async () => {
    const tables = [
      ...(await parseFile(sampleFile('contacts.csv'))),
      ...(await parseFile(sampleFile('companies.xlsx'))),
    ];
    const contacts = buildWorkbook({ tables, templates: defaultTemplates })[1]?.sheet as SheetData;
    expect([
      toCsv(contacts, 'all').total,
      toCsv(contacts, 'valid').total,
      toCsv(contacts, 'invalid').total,
    ]).toEqual([60, 40, 20]);
    const valid = parse(text(contacts, 'valid'));
    expect(valid[0]).toEqual(['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account']);
    expect(valid).toHaveLength(41);
    expect(valid.slice(1).every((row) => ['Open', 'Closed', 'Pending', ''].includes(row[4] as string))).toBe(
      true,
    );
  });

  it('exports 100,000 rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`user${i}@example.com`, `Name, ${i}`, 'Open']);
    const out = toCsv(sheet(['Email', 'Name', 'Status'], rows), 'all');
    let length = 0;
    let lines = 0;
    for (const chunk of out.chunks) {
      length += chunk.length;
      lines += chunk.split('\r\n').length - 1;
    }
    expect(out.total).toBe(100_000);
    expect(lines).toBe(100_001);
    expect(length).toBeGreaterThan(3_000_000);
  });
});
