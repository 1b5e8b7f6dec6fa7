import type { Template } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './buildWorkbook.ts';
import { defaultTemplates } from './samples.ts';
import type { ParsedTable } from './types.ts';

const [companies, contacts] = defaultTemplates as [Template, Template];
const table = (name: string, header: string[], rows: string[][]): ParsedTable => ({
  name,
  file: name,
  sheet: null,
  header,
  rows,
});
const people = table(
  'people.csv',
  ['Email', 'Last Name', 'Company'],
  [
    ['a@x.com', 'Lee', 'Acme'],
    ['b@x.com', 'Stone', 'Initech'],
  ],
);
const orgs = table('orgs.csv', ['Name', 'Domain'], [['Acme', 'acme.com']]);

describe('buildWorkbook', () => {
  it('builds a linked-to sheet first, whatever the template order', () => {
    const workbook = buildWorkbook({ tables: [people, orgs], templates: [contacts, companies] });
    expect(workbook.map((w) => w.template.slug)).toEqual(['contacts', 'companies']);
    expect(workbook[0]?.sheet.invalid.map((c) => [c.row, c.column, c.rule])).toEqual([
      [1, 'Account', 'link'],
    ]);
  });

  it('does not check links against a sheet no file fed', () => {
    const workbook = buildWorkbook({ tables: [people], templates: defaultTemplates });
    expect(workbook[0]?.sheet.rows).toEqual([]);
    expect(workbook[1]?.sheet.invalid).toEqual([]);
  });

  it('uses a given recipe and sheet id, and drafts the rest', () => {
    const workbook = buildWorkbook({
      tables: [people, orgs],
      templates: defaultTemplates,
      recipes: { contacts: { steps: [{ kind: 'uppercase', column: 'Last Name' }] } },
      sheetIds: { companies: 'sheet-companies' },
    });
    expect(workbook[1]?.sheet.rows.map((r) => r[2])).toEqual(['LEE', 'STONE']);
    expect(workbook[0]?.recipe.steps[0]).toEqual({ kind: 'trim' });
    expect(workbook[0]?.sheet.sheetId).toBe('sheet-companies');
  });

  it('survives templates that link to each other', () => {
    const a: Template = {
      slug: 'a',
      name: 'A',
      columns: [
        {
          name: 'Ref',
          required: false,
          unique: false,
          desiredRule: 'link',
          linkRule: [{ templateId: 'b', columnName: 'Ref' }],
        },
      ],
    };
    const b: Template = {
      slug: 'b',
      name: 'B',
      columns: [
        {
          name: 'Ref',
          required: false,
          unique: false,
          desiredRule: 'link',
          linkRule: [{ templateId: 'a', columnName: 'Ref' }],
        },
      ],
    };
    const workbook = buildWorkbook({ tables: [table('refs.csv', ['Ref'], [['x']])], templates: [a, b] });
    expect(workbook.map((w) => w.sheet.rows.length)).toEqual([1, 0]);
  });
});
