import type { Template } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { buildSheet } from './buildSheet.ts';
import { interpretInstruction } from './interpretInstruction.ts';
import { mapHeaders } from './mapHeaders.ts';
import { defaultTemplates } from './samples.ts';
import type { ParsedTable } from './types.ts';

const [, contacts] = defaultTemplates as [Template, Template];
const table: ParsedTable = {
  name: 't.csv',
  file: 't.csv',
  sheet: null,
  header: ['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account'],
  rows: [
    ['Ann@X.com', 'Ann', 'Lee', '', 'in progress', 'Acme'],
    ['bob@x.com', 'Bob', 'Stone', '555', 'CANCELLED', ''],
    ['cy@x.com', 'Cy', '', '', '', 'Globex'],
    ['di@x.com', 'Di', 'Park', '', 'Open', 'in progress'],
  ],
};
const sheet = buildSheet({
  tables: [table],
  template: contacts,
  mapping: mapHeaders(table, contacts),
  recipe: { steps: [] },
});
const interpret = (message: string) => interpretInstruction(message, contacts, sheet);

describe('interpretInstruction', () => {
  it('trims whitespace everywhere or in named columns', () => {
    expect(interpret('Trim whitespace everywhere')).toEqual({
      steps: [{ kind: 'trim' }],
      summary: 'Trim whitespace in every column.',
    });
    expect(interpret('remove stray spaces')).toMatchObject({ steps: [{ kind: 'trim' }] });
    expect(interpret('trim the email and last name columns')).toEqual({
      steps: [
        { kind: 'trim', column: 'Email' },
        { kind: 'trim', column: 'Last Name' },
      ],
      summary: 'Trim whitespace in Email, Last Name.',
    });
  });

  it('lowercases or uppercases a column', () => {
    expect(interpret('make emails lowercase')).toEqual({
      steps: [{ kind: 'lowercase', column: 'Email' }],
      summary: 'Lowercase Email.',
    });
    expect(interpret('Uppercase the Last Name column')).toMatchObject({
      steps: [{ kind: 'uppercase', column: 'Last Name' }],
    });
  });

  it('fills empty cells of a column with a default', () => {
    expect(interpret('Fill empty Status cells with Pending')).toEqual({
      steps: [{ kind: 'fill_empty', column: 'Status', value: 'Pending' }],
      summary: 'Fill 1 empty Status cell with "Pending".',
    });
    expect(interpret("use 'N/A' for missing phone numbers")).toMatchObject({
      steps: [{ kind: 'fill_empty', column: 'Phone', value: 'N/A' }],
    });
    expect(interpret('default last name to Unknown')).toMatchObject({
      steps: [{ kind: 'fill_empty', column: 'Last Name', value: 'Unknown' }],
    });
  });

  it('clears a column', () => {
    expect(interpret('drop the Phone column')).toEqual({
      steps: [{ kind: 'clear_column', column: 'Phone' }],
      summary: 'Clear the Phone column.',
    });
    expect(interpret("don't import Account")).toMatchObject({
      steps: [{ kind: 'clear_column', column: 'Account' }],
    });
  });

  it('maps a value, finding its column when none is named', () => {
    expect(interpret("map 'in progress' to Open in Status")).toEqual({
      steps: [{ kind: 'map_value', column: 'Status', from: 'in progress', to: 'Open' }],
      summary: 'Map "in progress" to "Open" in Status (1 cell).',
    });
    expect(interpret('treat CANCELLED as closed')).toEqual({
      steps: [{ kind: 'map_value', column: 'Status', from: 'CANCELLED', to: 'Closed' }],
      summary: 'Map "CANCELLED" to "Closed" in Status (1 cell).',
    });
  });

  it("reads a second pair that borrows the first one's verb", () => {
    expect(interpret("map 'in progress' to Open in Status and CANCELLED to Closed")).toMatchObject({
      steps: [
        { kind: 'map_value', column: 'Status', from: 'in progress', to: 'Open' },
        { kind: 'map_value', column: 'Status', from: 'CANCELLED', to: 'Closed' },
      ],
    });
  });

  it('maps to a value outside the allowed set but says the cells stay flagged', () => {
    const result = interpret('treat CANCELLED as inactive');
    expect(result).toEqual({
      steps: [{ kind: 'map_value', column: 'Status', from: 'CANCELLED', to: 'inactive' }],
      summary:
        'Map "CANCELLED" to "inactive" in Status (1 cell) ("inactive" is not one of Open, Closed, Pending, so those cells stay flagged).',
    });
  });

  it('asks for the column when a value sits in several', () => {
    expect(interpret("map 'in progress' to Open")).toEqual({
      unsupported:
        '"in progress" appears in Status and Account. Say which column, e.g. "map \'in progress\' to Open in Status".',
    });
  });

  it('says when the value to map is nowhere in the data', () => {
    expect(interpret('map DONE to Closed')).toEqual({
      unsupported: 'I couldn\'t find "DONE" in any column, so there is nothing to map.',
    });
  });

  it('removes duplicates and drops rows with invalid values', () => {
    expect(interpret('remove duplicate emails')).toEqual({
      steps: [{ kind: 'dedupe', column: 'Email' }],
      summary: 'Remove rows that repeat an earlier Email (0 rows).',
    });
    expect(interpret('drop rows with an invalid status')).toMatchObject({
      steps: [{ kind: 'drop_invalid_rows', column: 'Status' }],
    });
  });

  it('reads several instructions in one message', () => {
    const result = interpret('Trim whitespace and lowercase emails; then fill empty Status with Pending.');
    expect(result).toEqual({
      steps: [
        { kind: 'trim' },
        { kind: 'lowercase', column: 'Email' },
        { kind: 'fill_empty', column: 'Status', value: 'Pending' },
      ],
      summary: 'Trim whitespace in every column; Lowercase Email; Fill 1 empty Status cell with "Pending".',
    });
  });

  it('applies nothing when any part is not understood, and says which', () => {
    const result = interpret('lowercase emails and translate everything to French');
    expect(result).toHaveProperty('unsupported');
    expect('unsupported' in result && result.unsupported).toMatch(
      /^I can't do that yet: "translate everything to French"\. I can trim whitespace/,
    );
  });

  it('refuses what it cannot do, saying what it can', () => {
    for (const message of [
      'merge first and last name',
      'split the address into street and city',
      'translate everything to French',
    ]) {
      const result = interpret(message);
      expect('unsupported' in result && result.unsupported).toContain('I can trim whitespace');
    }
    expect(interpret('lowercase it')).toEqual({
      unsupported:
        'I couldn\'t tell which column to lowercase in "lowercase it". Name one of: Email, First Name, Last Name, Phone, Status, Account.',
    });
    expect(interpret('drop rows where the phone starts with 555')).toHaveProperty('unsupported');
    expect(interpret('   ')).toHaveProperty('unsupported');
  });
});
