import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './buildWorkbook.ts';
import { parseFile } from './parseFile.ts';
import { defaultTemplates, sampleFile } from './samples.ts';
import { toCsv } from './toCsv.ts';

// The data engine ships to browsers (MSW, Storybook, the demo): prove it runs in one.
describe('the data engine in a real browser', () => {
  it('parses the sample CSV and XLSX, builds, validates and exports', async () => {
    const tables = [
      ...(await parseFile(sampleFile('contacts.csv'))),
      ...(await parseFile(sampleFile('companies.xlsx'))),
    ];
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      ['contacts.csv', 60],
      ['companies.xlsx › Companies', 15],
      ['companies.xlsx › Archived', 2],
    ]);
    const [companies, contacts] = buildWorkbook({ tables, templates: defaultTemplates });
    expect(companies?.sheet.invalid).toHaveLength(5);
    expect(contacts && toCsv(contacts.sheet, 'valid').total).toBe(40);
  });
});
