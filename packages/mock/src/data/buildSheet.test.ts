import type { Template } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { buildSheet } from './buildSheet.ts';
import { draftRecipe } from './draftRecipe.ts';
import { MockDataError } from './errors.ts';
import { mapHeaders } from './mapHeaders.ts';
import { defaultTemplates } from './samples.ts';
import type { ParsedTable, RecipeStep } from './types.ts';

const [, contacts] = defaultTemplates as [Template, Template];

const table: ParsedTable = {
  name: 'people.csv',
  file: 'people.csv',
  sheet: null,
  header: ['Status', 'E-mail', 'Surname', 'first_name', 'Phone', 'Mobile', 'Notes'],
  rows: [
    [' open ', ' Ann@X.com ', 'Lee', 'Ann', '', '555-1', 'n1'],
    ['in progress', 'bob@x.com', 'Stone', 'Bob', '555-2', '555-3', 'n2'],
    ['DONE', 'bad-email', '', 'Cy', '', '', 'n3'],
    ['Closed', 'ann@x.com', 'Lee', 'Ann', '555-4', '', 'n4'],
  ],
};
const mapping = mapHeaders(table, contacts);
const build = (steps: RecipeStep[], tables: ParsedTable[] = [table]) =>
  buildSheet({ tables, template: contacts, mapping, recipe: { steps } });
const column = (sheet: ReturnType<typeof build>, name: string) =>
  sheet.rows.map((r) => r[sheet.header.indexOf(name)]);

describe('buildSheet', () => {
  it('lays rows out in template column order from the mapped headers', () => {
    const sheet = build([]);
    expect(sheet.header).toEqual(['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account']);
    expect(sheet.rows[1]).toEqual(['bob@x.com', 'Bob', 'Stone', '555-2', 'in progress', '']);
    expect(sheet.template).toEqual({ name: 'Contacts', slug: 'contacts', id: contacts.id });
    expect(sheet.tables).toEqual(['people.csv']);
    expect(sheet.lineage.find((l) => l.column === 'Phone')).toEqual({ column: 'Phone', sources: ['Phone'] });
    expect(sheet.lineage.find((l) => l.column === 'Account')).toEqual({ column: 'Account', sources: [] });
  });

  it('validates the result', () => {
    const sheet = build([]);
    expect(sheet.invalid.map((c) => [c.row, c.column, c.rule])).toEqual([
      [0, 'Email', 'format'],
      [0, 'Status', 'allowed'],
      [1, 'Status', 'allowed'],
      [2, 'Email', 'format'],
      [2, 'Last Name', 'required'],
      [2, 'Status', 'allowed'],
      [3, 'Email', 'unique'],
    ]);
  });

  it('never modifies the input tables', () => {
    const before = JSON.stringify(table);
    build([{ kind: 'trim' }, { kind: 'lowercase', column: 'Email' }, { kind: 'dedupe', column: 'Email' }]);
    expect(JSON.stringify(table)).toBe(before);
  });

  it('trims every column, or one', () => {
    expect(build([{ kind: 'trim' }]).rows[0]?.slice(0, 1)).toEqual(['Ann@X.com']);
    const one = build([{ kind: 'trim', column: 'Status' }]);
    expect(one.rows[0]?.[0]).toBe(' Ann@X.com ');
    expect(one.rows[0]?.[4]).toBe('open');
  });

  it('lowercases and uppercases a column', () => {
    expect(column(build([{ kind: 'lowercase', column: 'Email' }]), 'Email')[0]).toBe(' ann@x.com ');
    expect(column(build([{ kind: 'uppercase', column: 'Last Name' }]), 'Last Name')).toEqual([
      'LEE',
      'STONE',
      '',
      'LEE',
    ]);
  });

  it('fills only empty cells with a default', () => {
    expect(
      column(build([{ kind: 'fill_empty', column: 'Last Name', value: 'Unknown' }]), 'Last Name'),
    ).toEqual(['Lee', 'Stone', 'Unknown', 'Lee']);
  });

  it('clears a column', () => {
    expect(column(build([{ kind: 'clear_column', column: 'Phone' }]), 'Phone')).toEqual(['', '', '', '']);
  });

  it('maps one value to another, ignoring case and spacing', () => {
    const sheet = build([{ kind: 'map_value', column: 'Status', from: 'IN  PROGRESS', to: 'Open' }]);
    expect(column(sheet, 'Status')).toEqual([' open ', 'Open', 'DONE', 'Closed']);
  });

  it('folds case variants of allowed values onto the canonical spelling', () => {
    expect(column(build([{ kind: 'normalize_allowed', column: 'Status' }]), 'Status')).toEqual([
      'Open',
      'in progress',
      'DONE',
      'Closed',
    ]);
  });

  it('maps every value outside the allowed set, leaving empty cells alone', () => {
    const sheet = build([
      { kind: 'normalize_allowed', column: 'Status' },
      { kind: 'map_invalid', column: 'Status', to: 'Pending' },
    ]);
    expect(column(sheet, 'Status')).toEqual(['Open', 'Pending', 'Pending', 'Closed']);
    expect(sheet.invalid.filter((c) => c.column === 'Status')).toEqual([]);
  });

  it('drops rows whose column is invalid', () => {
    const sheet = build([{ kind: 'trim' }, { kind: 'drop_invalid_rows', column: 'Email' }]);
    expect(column(sheet, 'Email')).toEqual(['Ann@X.com', 'bob@x.com', 'ann@x.com']);
  });

  it('keeps the first of each duplicate group', () => {
    const sheet = build([{ kind: 'trim' }, { kind: 'dedupe', column: 'Email' }]);
    expect(column(sheet, 'Email')).toEqual(['Ann@X.com', 'bob@x.com', 'bad-email']);
  });

  it('fills a column from another source, or from several with fallback', () => {
    expect(column(build([{ kind: 'use_source', column: 'Phone', sources: ['Mobile'] }]), 'Phone')).toEqual([
      '555-1',
      '555-3',
      '',
      '',
    ]);
    const both = build([{ kind: 'use_source', column: 'Phone', sources: ['Phone', 'Mobile'] }]);
    expect(column(both, 'Phone')).toEqual(['555-1', '555-2', '', '555-4']);
    expect(both.lineage.find((l) => l.column === 'Phone')?.sources).toEqual(['Phone', 'Mobile']);
    expect(column(build([{ kind: 'use_source', column: 'Phone', sources: [] }]), 'Phone')).toEqual([
      '',
      '',
      '',
      '',
    ]);
  });

  it('applies steps in order', () => {
    const upperThenMap = build([
      { kind: 'uppercase', column: 'Status' },
      { kind: 'map_value', column: 'Status', from: 'done', to: 'Closed' },
    ]);
    expect(column(upperThenMap, 'Status')[2]).toBe('Closed');
    const mapThenUpper = build([
      { kind: 'map_value', column: 'Status', from: 'done', to: 'Closed' },
      { kind: 'uppercase', column: 'Status' },
    ]);
    expect(column(mapThenUpper, 'Status')[2]).toBe('CLOSED');
  });

  it('concatenates several tables, matching headers per table', () => {
    const other: ParsedTable = {
      name: 'more.csv',
      file: 'more.csv',
      sheet: null,
      header: ['e-mail', 'SURNAME'],
      rows: [['zed@x.com', 'Zed']],
    };
    const sheet = build([], [table, other]);
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows[4]).toEqual(['zed@x.com', '', 'Zed', '', '', '']);
  });

  it('rejects a step naming a column the template lacks', () => {
    expect(() => build([{ kind: 'lowercase', column: 'Fax' }])).toThrow(MockDataError);
    expect(() => build([{ kind: 'lowercase', column: 'Fax' }])).toThrow(
      'The Contacts sheet has no column "Fax".',
    );
  });

  it('keeps hostile strings as plain data', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","x")',
      '<img src=x onerror=alert(1)>',
      'abc\u202Eexe.txt',
    ];
    const evil: ParsedTable = {
      ...table,
      header: ['Email', 'Last Name'],
      rows: hostile.map((h) => ['a@x.com', h]),
    };
    const sheet = buildSheet({
      tables: [evil],
      template: contacts,
      mapping: mapHeaders(evil, contacts),
      recipe: draftRecipe({ template: contacts }),
    });
    expect(column(sheet, 'Last Name')).toEqual(hostile);
  });

  it('builds 100,000 rows', () => {
    const rows: string[][] = [];
    for (let i = 0; i < 100_000; i++)
      rows.push(['Open', ` user${i}@example.com `, `Last ${i}`, 'First', '', '', '']);
    const big: ParsedTable = { ...table, rows };
    const sheet = buildSheet({
      tables: [big],
      template: contacts,
      mapping,
      recipe: draftRecipe({ template: contacts }),
    });
    expect(sheet.rows).toHaveLength(100_000);
    expect(sheet.invalid).toEqual([]);
    expect(sheet.rows[99_999]?.[0]).toBe('user99999@example.com');
  });
});
