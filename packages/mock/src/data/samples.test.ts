import { readFileSync } from 'node:fs';
import { SourceListSchema, TemplateListSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { defaultSources, defaultTemplates, sampleFile, sampleFileNames } from './samples.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('samples', () => {
  it('embeds exactly the bytes of packages/mock/samples (rerun samples/build.ts after editing them)', () => {
    expect(sampleFileNames).toEqual(['contacts.csv', 'contacts-clean.csv', 'companies.xlsx']);
    for (const name of sampleFileNames) {
      const onDisk = readFileSync(new URL(`../../samples/${name}`, import.meta.url));
      expect(Buffer.from(sampleFile(name).bytes).equals(onDisk), name).toBe(true);
    }
  });

  it('hands out fresh bytes each time', () => {
    const a = sampleFile('contacts.csv');
    a.bytes[0] = 0;
    expect(sampleFile('contacts.csv').bytes[0]).toBe('E'.charCodeAt(0));
    expect(sampleFile('companies.xlsx').contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('ships templates and sources the core schemas read, with slugs, names and UUIDs', () => {
    const templates = TemplateListSchema.parse(
      JSON.parse(JSON.stringify({ templates: defaultTemplates })),
    ).templates;
    expect(templates.map((t) => [t.slug, t.name])).toEqual([
      ['companies', 'Companies'],
      ['contacts', 'Contacts'],
    ]);
    expect(templates.every((t) => UUID.test(t.id ?? ''))).toBe(true);
    const sources = SourceListSchema.parse({ sources: defaultSources }).sources;
    expect(sources.map((s) => s.name)).toEqual(['Salesforce', 'HubSpot', 'Spreadsheets']);
    expect(sources.every((s) => UUID.test(s.id ?? ''))).toBe(true);
  });

  it('links Contacts.Account to Companies.Name by template id', () => {
    const [companies, contacts] = defaultTemplates;
    const account = contacts?.columns.find((c) => c.name === 'Account');
    expect(account?.linkRule).toEqual([{ templateId: companies?.id, columnName: 'Name' }]);
  });
});
