import { SourceListSchema, TemplateListSchema, TemplateSchema } from '@vernkit/core';
import { harness, migrationWith, raw } from '../test/harness.ts';

describe('catalogue', () => {
  it('lists sources by name with their UUIDs for the imports preview', async () => {
    const { client } = harness();
    const { sources } = await client.listSources();
    expect(sources.map((s) => s.name)).toEqual(['Salesforce', 'HubSpot', 'Spreadsheets']);
    for (const s of sources) expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists a source name once even when two sources share it, and calls the name ambiguous', async () => {
    const { mock } = harness({
      sources: [
        { name: 'Legacy CRM', id: '11111111-1111-4111-8111-111111111111', logo_url: null },
        { name: 'Legacy CRM', id: '22222222-2222-4222-8222-222222222222', logo_url: null },
      ],
    });
    const list = SourceListSchema.parse(await (await raw(mock, 'GET', '/sources')).json());
    expect(list.sources).toHaveLength(1);
    const create = await raw(mock, 'POST', '/migrations', { name: 'A', source: 'Legacy CRM' });
    expect(create.status).toBe(409);
  });

  it('lists templates with slugs, ids and columns, and fetches one by slug', async () => {
    const { mock, client } = harness();
    const list = TemplateListSchema.parse(await (await raw(mock, 'GET', '/templates')).json());
    expect(list.templates.map((t) => t.slug)).toEqual(['companies', 'contacts']);
    const contacts = await client.getTemplate('contacts');
    expect(TemplateSchema.parse(contacts).columns.find((c) => c.name === 'Email')).toMatchObject({
      required: true,
      unique: true,
      desiredRule: 'strict',
    });
    await expect(client.getTemplate('invoices')).rejects.toMatchObject({ status: 404 });
  });

  it('serves the host’s own templates and sources', async () => {
    const { client } = harness({
      templates: [
        {
          slug: 'deals',
          name: 'Deals',
          columns: [{ name: 'Title', required: true, unique: false, desiredRule: 'none' }],
        },
      ],
      sources: [{ name: 'Pipedrive', logo_url: null }],
    });
    expect((await client.listTemplates()).templates.map((t) => t.slug)).toEqual(['deals']);
    expect((await client.listSources()).sources.map((s) => s.name)).toEqual(['Pipedrive']);
  });
});

describe('pin a source', () => {
  it('pins a run that produced a recipe, and unpins with null', async () => {
    const { client } = harness();
    const id = await migrationWith(client, ['contacts-clean.csv'], { source: 'Salesforce' });
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    await client.getRun(id, run_id);
    expect(await client.pinSource('Salesforce', run_id)).toEqual({
      source: 'Salesforce',
      pinned_recipe_run_id: run_id,
    });
    expect(await client.pinSource('Salesforce', null)).toEqual({
      source: 'Salesforce',
      pinned_recipe_run_id: null,
    });
  });

  it('answers 404 for an unknown source or run, 409 for a run with no recipe, 400 for a bad body', async () => {
    const { mock, client } = harness({ scenario: 'failure' });
    const id = await migrationWith(client, ['contacts-clean.csv']);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    await client.getRun(id, run_id);
    await expect(client.pinSource('Nowhere', null)).rejects.toMatchObject({ status: 404 });
    await expect(client.pinSource('Salesforce', 'no-such-run')).rejects.toMatchObject({ status: 404 });
    await expect(client.pinSource('Salesforce', run_id)).rejects.toMatchObject({ status: 409 });
    const bad = await raw(mock, 'POST', '/sources/Salesforce/pin', { run_id: 42 });
    expect(bad.status).toBe(400);
    const missing = await raw(mock, 'POST', '/sources/Salesforce/pin', {});
    expect(missing.status).toBe(400);
  });
});
