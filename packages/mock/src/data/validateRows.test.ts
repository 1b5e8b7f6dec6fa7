import type { Template } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { allowedValues } from './columnRules.ts';
import { MockDataError } from './errors.ts';
import { defaultTemplates } from './samples.ts';
import type { SheetData } from './types.ts';
import { validateRows } from './validateRows.ts';

const [companies, contacts] = defaultTemplates as [Template, Template];
const header = ['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account'];
const row = (over: Partial<Record<string, string>> = {}): string[] => {
  const base: Record<string, string> = {
    Email: 'a@x.com',
    'First Name': 'Ann',
    'Last Name': 'Lee',
    Phone: '',
    Status: 'Open',
    Account: '',
  };
  return header.map((h) => over[h] ?? base[h] ?? '');
};
const brief = (cells: ReturnType<typeof validateRows>) =>
  cells.map((c) => [c.row, c.column, c.rule, c.error]);

const companiesSheet = (names: string[]): SheetData => ({
  template: { name: 'Companies', slug: 'companies', id: companies.id as string },
  header: ['Name', 'Domain', 'Industry', 'Employees'],
  rows: names.map((n) => [n, '', '', '']),
  invalid: [],
  lineage: [],
  tables: [],
});

describe('validateRows', () => {
  it('passes clean rows', () => {
    expect(validateRows(header, [row(), row({ Email: 'b@x.com' })], contacts)).toEqual([]);
  });

  it('flags a required value that is missing or only whitespace', () => {
    const cells = validateRows(
      header,
      [row({ 'Last Name': '' }), row({ Email: 'b@x.com', 'Last Name': '   ' })],
      contacts,
    );
    expect(brief(cells)).toEqual([
      [0, 'Last Name', 'required', 'Required value is missing'],
      [1, 'Last Name', 'required', 'Required value is missing'],
    ]);
  });

  it('flags every repeat after the first, ignoring case and surrounding space', () => {
    const rows = [row(), row({ Email: 'b@x.com' }), row({ Email: ' A@X.COM ' }), row({ Email: 'a@x.com' })];
    expect(brief(validateRows(header, rows, contacts))).toEqual([
      [2, 'Email', 'format', 'Does not match the required format: ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'],
      [3, 'Email', 'unique', 'Duplicate value (first seen in row 1)'],
    ]);
  });

  it('does not count empty cells as duplicates', () => {
    const template: Template = {
      ...contacts,
      columns: [{ name: 'Code', required: false, unique: true, desiredRule: 'none' }],
    };
    expect(validateRows(['Code'], [[''], [''], ['x'], ['X']], template).map((c) => c.row)).toEqual([3]);
  });

  it('checks strict formats', () => {
    const cells = validateRows(
      header,
      [row({ Email: 'not-an-email' }), row({ Email: 'b@x' }), row({ Email: 'c@x.io' })],
      contacts,
    );
    expect(cells.map((c) => [c.row, c.rule])).toEqual([
      [0, 'format'],
      [1, 'format'],
    ]);
  });

  it('names the allowed values when a value is outside them', () => {
    const cells = validateRows(
      header,
      [
        row({ Status: 'in progress' }),
        row({ Email: 'b@x.com', Status: 'open' }),
        row({ Email: 'c@x.com', Status: '' }),
      ],
      contacts,
    );
    expect(brief(cells)).toEqual([
      [0, 'Status', 'allowed', 'Does not match allowed values: Open, Closed, Pending'],
      [1, 'Status', 'allowed', 'Does not match allowed values: Open, Closed, Pending'],
    ]);
  });

  it('checks a link against the related sheet, case-insensitively', () => {
    const related = [companiesSheet(['Acme, Inc.', 'Globex'])];
    const rows = [
      row({ Account: 'acme, inc. ' }),
      row({ Email: 'b@x.com', Account: 'Initech' }),
      row({ Email: 'c@x.com', Account: '' }),
    ];
    expect(brief(validateRows(header, rows, contacts, { related }))).toEqual([
      [1, 'Account', 'link', 'No Companies row has this Name'],
    ]);
  });

  it('skips a link whose target sheet is not in this migration', () => {
    expect(validateRows(header, [row({ Account: 'Initech' })], contacts, { related: [] })).toEqual([]);
    expect(validateRows(header, [row({ Account: 'Initech' })], contacts)).toEqual([]);
  });

  it('resolves a link target by slug or name as well as id', () => {
    const template: Template = {
      ...contacts,
      columns: [
        {
          name: 'Account',
          required: false,
          unique: false,
          desiredRule: 'link',
          linkRule: [{ templateId: 'companies', columnName: 'Name' }],
        },
      ],
    };
    const cells = validateRows(['Account'], [['Nope']], template, { related: [companiesSheet(['Acme'])] });
    expect(cells.map((c) => c.rule)).toEqual(['link']);
  });

  it('reports one error per cell: required, then format, then link, then uniqueness', () => {
    const rows = [row(), row({ Email: 'a@x.com' }), row({ Email: 'bad' }), row({ Email: 'bad' })];
    expect(validateRows(header, rows, contacts).map((c) => [c.row, c.rule])).toEqual([
      [1, 'unique'],
      [2, 'format'],
      [3, 'format'],
    ]);
  });

  it('orders results by row, then by template column', () => {
    const rows = [row({ Status: 'x', Email: '' }), row({ Email: 'b@x.com', 'Last Name': '' })];
    expect(validateRows(header, rows, contacts).map((c) => [c.row, c.column])).toEqual([
      [0, 'Email'],
      [0, 'Status'],
      [1, 'Last Name'],
    ]);
  });

  it('ignores columns the grid does not have, and rules it does not check', () => {
    const template: Template = {
      ...contacts,
      columns: [{ name: 'Notes', required: false, unique: false, desiredRule: 'ai' }, ...contacts.columns],
    };
    expect(validateRows(['Notes', 'Email'], [['anything', 'a@x.com']], template)).toEqual([]);
  });

  it('rejects a template whose strictRule is not a regular expression', () => {
    const template: Template = {
      ...contacts,
      columns: [
        { name: 'Code', required: false, unique: false, desiredRule: 'strict', strictRule: '^(unclosed$' },
      ],
    };
    expect(() => validateRows(['Code'], [['x']], template)).toThrow(MockDataError);
    expect(() => validateRows(['Code'], [['x']], template)).toThrow(
      /"Code" column of the Contacts template has a strictRule that is not a valid regular expression/,
    );
  });

  it('flags duplicates across 100,000 rows exactly', () => {
    const rows: string[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([`user${i % 90_000}@example.com`, 'A', 'B', '', 'Open', '']);
    const cells = validateRows(header, rows, contacts);
    expect(cells).toHaveLength(10_000);
    expect(cells[0]).toEqual({
      row: 90_000,
      column: 'Email',
      rule: 'unique',
      error: 'Duplicate value (first seen in row 1)',
    });
  });
});

describe('allowedValues', () => {
  it('reads the literal alternatives of an allowed-values rule', () => {
    expect(allowedValues('^(Open|Closed|Pending)$')).toEqual(['Open', 'Closed', 'Pending']);
    expect(allowedValues('^(?:Yes|No)$')).toEqual(['Yes', 'No']);
    expect(allowedValues('^Active$')).toEqual(['Active']);
    expect(allowedValues('^(N\\/A|In progress)$')).toEqual(['N/A', 'In progress']);
  });

  it('treats anything with real regex syntax as a format', () => {
    expect(allowedValues('^[0-9]+$')).toBeNull();
    expect(allowedValues('^(Open|Clos.d)$')).toBeNull();
    expect(allowedValues('^(a)|(b)$')).toBeNull();
    expect(allowedValues('^\\d{3}$')).toBeNull();
    expect(allowedValues('Open|Closed')).toBeNull();
  });
});
