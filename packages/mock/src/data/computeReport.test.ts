import { isHollow, ReportSchema, readCoverage } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './buildWorkbook.ts';
import { computeReport } from './computeReport.ts';
import { parseFile } from './parseFile.ts';
import { defaultTemplates, sampleFile } from './samples.ts';

const tables = [
  ...(await parseFile(sampleFile('contacts.csv'))),
  ...(await parseFile(sampleFile('companies.xlsx'))),
];
const sheetIds = {
  companies: '11111111-1111-4111-8111-111111111111',
  contacts: '22222222-2222-4222-8222-222222222222',
};

describe('computeReport on the sample files', () => {
  const workbook = buildWorkbook({ tables, templates: defaultTemplates, sheetIds });
  const report = computeReport(
    workbook.map((w) => w.sheet),
    tables,
  );

  it('counts rows per sheet and the rows still flagged', () => {
    expect(report.inserted).toBe(77);
    expect(report.perSheet).toEqual([
      { templateName: 'Companies', sheetId: sheetIds.companies, rowCount: 17 },
      { templateName: 'Contacts', sheetId: sheetIds.contacts, rowCount: 60 },
    ]);
    // Contacts: 9 Email + 2 Last Name + 6 Status + 5 Account cells on 20 rows (two rows carry two);
    // Companies: a bad Domain, two bad Employees, a repeated and a missing Name.
    expect(report.invalidCellCount).toBe(20 + 5);
  });

  it('profiles every column of the sources against the output', () => {
    const coverage = readCoverage(report.coverage);
    const stat = (sheet: string, column: string) =>
      coverage.find((c) => c.sheet === sheet && c.column === column);
    expect(coverage).toHaveLength(4 + 6);
    expect(stat('Contacts', 'Email')).toEqual({
      sheet: 'Contacts',
      column: 'Email',
      input: { filled: 58, distinct: 56, total: 60 },
      output: { filled: 58, distinct: 56, total: 60 },
    });
    expect(stat('Contacts', 'Phone')).toMatchObject({ input: { filled: 40, distinct: 38, total: 60 } });
    // Case variants fold onto Open/Closed/Pending: ten spellings in, seven values out.
    expect(stat('Contacts', 'Status')).toMatchObject({
      input: { filled: 58, distinct: 10 },
      output: { filled: 58, distinct: 7 },
    });
    expect(stat('Contacts', 'Account')).toMatchObject({ input: { filled: 60, distinct: 18, total: 60 } });
    expect(stat('Companies', 'Industry')).toMatchObject({ input: { filled: 17, distinct: 14, total: 17 } });
    expect(stat('Companies', 'Employees')).toMatchObject({ output: { filled: 16, distinct: 15, total: 17 } });
  });

  it('is a report core reads', () => {
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toMatchObject({
      inserted: 77,
      invalidCellCount: 25,
    });
  });
});

describe('computeReport coverage', () => {
  it('reports a column nothing fed as input null', () => {
    const clean = tables.filter((t) => t.file === 'contacts.csv');
    const [, contacts] = buildWorkbook({ tables: clean, templates: defaultTemplates });
    if (!contacts) throw new Error('no contacts sheet');
    const withoutStatus = {
      ...contacts.sheet,
      lineage: contacts.sheet.lineage.map((l) => (l.column === 'Status' ? { ...l, sources: [] } : l)),
    };
    const coverage = readCoverage(computeReport([withoutStatus], clean).coverage);
    expect(coverage.find((c) => c.column === 'Status')?.input).toBeNull();
  });

  it('shows a cleared column as hollow, and a fallback source as its coalesced fill', () => {
    const recipes = {
      contacts: {
        steps: [
          { kind: 'use_source' as const, column: 'Phone', sources: ['Phone', 'Mobile'] },
          { kind: 'clear_column' as const, column: 'Account' },
        ],
      },
    };
    const workbook = buildWorkbook({ tables, templates: defaultTemplates, recipes });
    const coverage = readCoverage(
      computeReport(
        workbook.map((w) => w.sheet),
        tables,
      ).coverage,
    );
    const account = coverage.find((c) => c.sheet === 'Contacts' && c.column === 'Account');
    expect(account).toMatchObject({ input: { filled: 60 }, output: { filled: 0, distinct: 0, total: 60 } });
    expect(account && isHollow(account)).toBe(true);
    expect(coverage.find((c) => c.sheet === 'Contacts' && c.column === 'Phone')).toMatchObject({
      input: { filled: 55, total: 60 },
      output: { filled: 55, total: 60 },
    });
  });

  it('counts rows, not cells, and nothing for an empty workbook', () => {
    expect(computeReport([], [])).toEqual({
      inserted: 0,
      perSheet: [],
      invalidCellCount: 0,
      coverage: { columns: [] },
    });
  });
});
