import type { Template } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { assignTables } from './assignTables.ts';
import { mapHeaders } from './mapHeaders.ts';
import { defaultTemplates } from './samples.ts';
import type { ParsedTable } from './types.ts';

const [companies, contacts] = defaultTemplates as [Template, Template];
const sources = (mapping: ReturnType<typeof mapHeaders>) =>
  Object.fromEntries(mapping.columns.map((m) => [m.column, m.source]));

describe('mapHeaders', () => {
  it('ignores case, spacing and punctuation', () => {
    const mapping = mapHeaders({ header: ['EMAIL', 'first_name', 'last-name', ' status '] }, contacts);
    expect(sources(mapping)).toMatchObject({
      Email: 'EMAIL',
      'First Name': 'first_name',
      'Last Name': 'last-name',
      Status: ' status ',
    });
    expect(mapping.columns.find((m) => m.column === 'Email')?.match).toBe('exact');
  });

  it('maps common synonyms', () => {
    const mapping = mapHeaders(
      { header: ['E-mail Address', 'Given Name', 'Surname', 'Cell', 'Organisation'] },
      contacts,
    );
    expect(sources(mapping)).toEqual({
      Email: 'E-mail Address',
      'First Name': 'Given Name',
      'Last Name': 'Surname',
      Phone: 'Cell',
      Status: null,
      Account: 'Organisation',
    });
    expect(mapping.columns.every((m) => m.source === null || m.match === 'synonym')).toBe(true);
  });

  it('falls back to containment for decorated headers', () => {
    const mapping = mapHeaders(
      { header: ['Contact Email (primary)', 'Company Website URL'] },
      { ...companies, columns: [...companies.columns, ...contacts.columns] },
    );
    expect(sources(mapping)).toMatchObject({
      Email: 'Contact Email (primary)',
      Domain: 'Company Website URL',
    });
    expect(mapping.columns.find((m) => m.column === 'Email')?.match).toBe('partial');
  });

  it('reports a column two headers could fill as ambiguous, with a provisional pick', () => {
    const mapping = mapHeaders({ header: ['Email', 'Phone', 'Mobile', 'Notes'] }, contacts);
    expect(mapping.ambiguous).toEqual([{ column: 'Phone', candidates: ['Phone', 'Mobile'] }]);
    expect(sources(mapping).Phone).toBe('Phone');
    expect(mapping.unmapped).toEqual(['Notes']);
  });

  it('does not call a lone synonym ambiguous', () => {
    const mapping = mapHeaders({ header: ['Email', 'Mobile'] }, contacts);
    expect(mapping.ambiguous).toEqual([]);
    expect(sources(mapping).Phone).toBe('Mobile');
  });

  it('gives a header to the column it names exactly before any synonym claim', () => {
    const template: Template = {
      ...contacts,
      columns: [
        { name: 'Name', required: false, unique: false, desiredRule: 'none' },
        { name: 'Company', required: false, unique: false, desiredRule: 'none' },
      ],
    };
    const mapping = mapHeaders({ header: ['Company', 'Name'] }, template);
    expect(sources(mapping)).toEqual({ Name: 'Name', Company: 'Company' });
    expect(mapping.ambiguous).toEqual([]);
  });

  it('uses each header for one column at most and lists the rest as unmapped', () => {
    const mapping = mapHeaders({ header: ['Email', 'Fax', 'Twitter'] }, contacts);
    expect(mapping.columns.filter((m) => m.source === 'Email')).toHaveLength(1);
    expect(mapping.unmapped).toEqual(['Fax', 'Twitter']);
  });
});

describe('assignTables', () => {
  const table = (name: string, header: string[]): ParsedTable => ({
    name,
    file: name,
    sheet: null,
    header,
    rows: [],
  });

  it('sends each table to the template it fits best, leaving misfits out', () => {
    const people = table('people.csv', ['E-mail Address', 'first_name', 'Surname', 'Company']);
    const orgs = table('orgs.csv', ['Company Name', 'Website', 'Industry']);
    const misc = table('misc.csv', ['Foo', 'Bar']);
    const assigned = assignTables([people, orgs, misc], defaultTemplates);
    expect(assigned.map((a) => [a.template.slug, a.tables.map((t) => t.name)])).toEqual([
      ['companies', ['orgs.csv']],
      ['contacts', ['people.csv']],
    ]);
    expect(assigned[1]?.mapping.columns.find((m) => m.column === 'Account')?.source).toBe('Company');
  });

  it('maps over the union of headers when several tables feed one template', () => {
    const a = table('a.csv', ['Email', 'Last Name']);
    const b = table('b.csv', ['Email', 'Last Name', 'Phone']);
    const [, contactsEntry] = assignTables([a, b], defaultTemplates);
    expect(contactsEntry?.tables).toHaveLength(2);
    expect(contactsEntry?.mapping.columns.find((m) => m.column === 'Phone')?.source).toBe('Phone');
  });
});
