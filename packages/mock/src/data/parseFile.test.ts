import { describe, expect, it } from 'vitest';
import { MockDataError } from './errors.ts';
import { parseFile } from './parseFile.ts';
import { sampleFile } from './samples.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, name = 'data.csv') => parseFile({ name, bytes: utf8(text) });

async function failure(promise: Promise<unknown>): Promise<MockDataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MockDataError);
  return error as MockDataError;
}

describe('parseFile: CSV', () => {
  it('reads a header and rows', async () => {
    const [table] = await csv('Email,Name\r\na@x.com,Ann\r\nb@x.com,Bob\r\n');
    expect(table).toEqual({
      name: 'data.csv',
      file: 'data.csv',
      sheet: null,
      header: ['Email', 'Name'],
      rows: [
        ['a@x.com', 'Ann'],
        ['b@x.com', 'Bob'],
      ],
    });
  });

  it('drops a UTF-8 byte order mark from the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Email,Name\na@x.com,Ann\n')]);
    const [table] = await parseFile({ name: 'bom.csv', bytes });
    expect(table?.header).toEqual(['Email', 'Name']);
  });

  it('sniffs a semicolon delimiter (European Excel)', async () => {
    const [table] = await csv('Name;Employees;Domain\nAcme, Inc.;1200;acme.com\nGlobex;5;globex.com\n');
    expect(table?.header).toEqual(['Name', 'Employees', 'Domain']);
    expect(table?.rows[0]).toEqual(['Acme, Inc.', '1200', 'acme.com']);
  });

  it('sniffs tabs', async () => {
    const [table] = await csv('Name\tDomain\nAcme\tacme.com\n', 'export.tsv');
    expect(table?.rows).toEqual([['Acme', 'acme.com']]);
  });

  it('keeps newlines, commas and doubled quotes inside quoted fields', async () => {
    const [table] = await csv('Name,Notes\nAcme,"Line one\r\nLine two, with ""quotes"""\nGlobex,plain\n');
    expect(table?.rows).toEqual([
      ['Acme', 'Line one\r\nLine two, with "quotes"'],
      ['Globex', 'plain'],
    ]);
  });

  it('pads short rows and names extra cells, losing nothing', async () => {
    const [table] = await csv('A,B,C\n1,2\n3,4,5,6\n');
    expect(table?.header).toEqual(['A', 'B', 'C', 'Column 4']);
    expect(table?.rows).toEqual([
      ['1', '2', '', ''],
      ['3', '4', '5', '6'],
    ]);
  });

  it('names blank headers and numbers repeated ones', async () => {
    const [table] = await csv('Phone,,phone\n1,2,3\n');
    expect(table?.header).toEqual(['Phone', 'Column 2', 'phone (2)']);
  });

  it('skips blank lines before the header and between rows', async () => {
    const [table] = await csv('\n\nName\n\nAcme\n , \nGlobex\n');
    expect(table?.header).toEqual(['Name']);
    expect(table?.rows).toEqual([['Acme'], ['Globex']]);
  });

  it('reads UTF-16 ("Unicode text") with its byte order mark', async () => {
    const text = 'Name,City\nGarcía,Zürich\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const [table] = await parseFile({ name: 'unicode.csv', bytes });
    expect(table?.rows).toEqual([['García', 'Zürich']]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('Name\nGarc'), 0xed, ...utf8('a\n')]);
    const [table] = await parseFile({ name: 'legacy.csv', bytes });
    expect(table?.rows).toEqual([['García']]);
  });

  it('passes hostile strings through as data, untouched', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '<img src=x onerror=alert(1)>',
      'abc\u202Etxt.exe',
      '+1-1',
      '@SUM(A1)',
    ];
    const text = `Value\n${hostile.map((h) => `"${h.replace(/"/g, '""')}"`).join('\n')}\n`;
    const [table] = await csv(text);
    expect(table?.rows.map((r) => r[0])).toEqual(hostile);
  });

  it('rejects an empty file', async () => {
    const error = await failure(parseFile({ name: 'empty.csv', bytes: new Uint8Array() }));
    expect(error.code).toBe('empty_file');
    expect(error.message).toBe('"empty.csv" is empty.');
  });

  it('rejects a file of blank lines', async () => {
    expect((await failure(csv(' \r\n\r\n  \n', 'blank.csv'))).code).toBe('empty_file');
  });

  it('rejects a header without data rows', async () => {
    const error = await failure(csv('Email,Name\n', 'header.csv'));
    expect(error.message).toBe('"header.csv" has a header row but no data rows.');
  });

  it('rejects an unterminated quote, naming the row', async () => {
    const error = await failure(csv('Name,Notes\nAcme,"never closed\nGlobex,x\n', 'broken.csv'));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toMatch(
      /"broken\.csv" could not be read: it has a quoted value that is never closed near row 2/,
    );
  });

  it('rejects binary garbage instead of reading mojibake', async () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 97 + 13) % 256;
    const error = await failure(parseFile({ name: 'garbage.csv', bytes }));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toContain('"garbage.csv" is not a readable text file');
  });

  it('rejects control-character noise even without NUL bytes', async () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26);
    expect((await failure(parseFile({ name: 'noise.csv', bytes }))).code).toBe('malformed_file');
  });

  it('rejects legacy .xls and files of other kinds', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure(parseFile({ name: 'old.xls', bytes: xls }))).code).toBe('unsupported_file');
    const pdf = await failure(
      parseFile({ name: 'report.pdf', bytes: utf8('%PDF-1.7'), contentType: 'application/pdf' }),
    );
    expect(pdf.code).toBe('unsupported_file');
    expect(pdf.message).toContain('"report.pdf" is not a CSV or XLSX file');
  });

  it('reads a text upload by its content type when the name has no extension', async () => {
    const [table] = await parseFile({ name: 'export', bytes: utf8('A\n1\n'), contentType: 'text/csv' });
    expect(table?.rows).toEqual([['1']]);
  });
});

describe('parseFile: XLSX', () => {
  it('reads one table per worksheet with data, skipping a header-only tab', async () => {
    const tables = await parseFile(sampleFile('companies.xlsx'));
    expect(tables.map((t) => [t.name, t.sheet, t.rows.length])).toEqual([
      ['companies.xlsx › Companies', 'Companies', 15],
      ['companies.xlsx › Archived', 'Archived', 2],
    ]);
    expect(tables[0]?.header).toEqual(['Company Name', 'Website', 'Industry', 'No. of Employees', 'Founded']);
  });

  it('turns numbers, dates and blanks into strings', async () => {
    const [companies] = await parseFile(sampleFile('companies.xlsx'));
    expect(companies?.rows[0]).toEqual(['Acme, Inc.', 'acme.com', 'Manufacturing', '1200', '1948-03-01']);
    expect(companies?.rows[7]).toEqual(['Vandelay Industries', 'vandelay.com', 'Import/Export', '1,250', '']);
    expect(companies?.rows[13]?.[0]).toBe('');
  });

  it('trusts the bytes over the name: an XLSX called .csv is still a workbook', async () => {
    const { bytes } = sampleFile('companies.xlsx');
    const tables = await parseFile({ name: 'companies.csv', bytes, contentType: 'text/csv' });
    expect(tables).toHaveLength(2);
  });

  it('rejects a damaged workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip archive at all')]);
    const error = await failure(parseFile({ name: 'damaged.xlsx', bytes }));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toContain('"damaged.xlsx" could not be read as an Excel workbook');
  });

  it('rejects an .xlsx that is not a zip at all', async () => {
    expect((await failure(parseFile({ name: 'fake.xlsx', bytes: utf8('a,b\n1,2\n') }))).code).toBe(
      'malformed_file',
    );
  });
});
