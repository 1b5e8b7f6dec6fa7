import { CreateMigrationResponseSchema } from '@vernkit/core';
import { harness, raw } from '../test/harness.ts';

describe('create a migration', () => {
  it('creates with the chosen templates, or every template when none are named', async () => {
    const { client } = harness();
    const one = await client.createMigration({ name: 'Acme', source: 'Salesforce', templates: ['contacts'] });
    expect(one.created).toBe(true);
    expect(one.migration).toMatchObject({ name: 'Acme', source: 'Salesforce', status: 'awaiting_files' });
    expect(one.migration.templates.map((t) => t.slug)).toEqual(['contacts']);
    const all = await client.createMigration({ name: 'Globex' });
    expect(all.migration.source).toBeNull();
    expect(all.migration.templates.map((t) => t.slug)).toEqual(['companies', 'contacts']);
  });

  it('is idempotent on external_id: 200 with the same migration, 409 with another source', async () => {
    const { mock } = harness();
    const body = { name: 'Acme', source: 'Salesforce', external_id: 'acme-001' };
    const first = await raw(mock, 'POST', '/migrations', body);
    expect(first.status).toBe(201);
    const again = await raw(mock, 'POST', '/migrations', body);
    expect(again.status).toBe(200);
    const a = CreateMigrationResponseSchema.parse(await first.json());
    const b = CreateMigrationResponseSchema.parse(await again.json());
    expect(b.migration.id).toBe(a.migration.id);
    const other = await raw(mock, 'POST', '/migrations', { ...body, source: 'HubSpot' });
    expect(other.status).toBe(409);
    expect((await other.json()).error).toMatch(/external_id "acme-001" is already used/);
  });

  it('treats an empty or null source as sourceless', async () => {
    const { client } = harness();
    expect((await client.createMigration({ name: 'A', source: null })).migration.source).toBeNull();
    expect((await client.createMigration({ name: 'B', source: '' })).migration.source).toBeNull();
  });

  it('refuses bad input with the documented status and a clear error', async () => {
    const { mock } = harness();
    const cases: Array<[unknown, number, RegExp]> = [
      [{}, 400, /name is required/],
      [{ name: 42 }, 400, /name must be a string/],
      [{ name: 'A', source: 7 }, 400, /source must be a string/],
      [{ name: 'A', external_id: 'has spaces' }, 400, /external_id must be alphanumeric/],
      [{ name: 'A', external_id: 'x'.repeat(256) }, 400, /external_id/],
      [{ name: 'A', templates: 'contacts' }, 400, /templates must be an array of strings/],
      [
        { name: 'A', templates: ['contacts', 'invoices', 'deals'] },
        400,
        /Unknown template slug\(s\): invoices, deals/,
      ],
      [{ name: 'A', source: 'Nowhere' }, 404, /No source named "Nowhere"/],
      ['{"name": "A",', 400, /Malformed JSON body/],
      ['[1,2]', 400, /must be a JSON object/],
      ['', 400, /must be a JSON object/],
    ];
    for (const [body, status, error] of cases) {
      const res = await raw(mock, 'POST', '/migrations', body);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatch(error);
    }
  });
});

describe('auth, routing and rate limits', () => {
  it('requires the API key (401) and never trusts a wrong one', async () => {
    const { mock } = harness();
    const missing = await mock.fetch('https://vern.test/api/v1/templates');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'Missing API key: send it in the x-api-key header' });
    const wrong = await mock.fetch('https://vern.test/api/v1/templates', {
      headers: { 'x-api-key': 'nope' },
    });
    expect(wrong.status).toBe(401);
  });

  it('needs no key in the in-browser mode (apiKey: null)', async () => {
    const { mock } = harness({ apiKey: null });
    expect((await mock.fetch('/api/v1/templates')).status).toBe(200);
  });

  it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
    const { mock } = harness();
    expect((await raw(mock, 'GET', '/nothing/here')).status).toBe(404);
    const wrong = await raw(mock, 'DELETE', '/templates');
    expect(wrong.status).toBe(405);
    expect((await wrong.json()).error).toMatch(/allowed: GET/);
    expect((await raw(mock, 'GET', '/templates/%E0%A4%A')).status).toBe(400);
  });

  it('rate-limits per key and endpoint with a 429 and no Retry-After, until the minute passes', async () => {
    const { mock } = harness({ rateLimit: { requestsPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await raw(mock, 'GET', '/templates')).status).toBe(200);
    const limited = await raw(mock, 'GET', '/templates');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.json()).toEqual({ error: 'Too many requests' });
    expect((await raw(mock, 'GET', '/sources')).status).toBe(200);
    mock.clock.advance(60_001);
    expect((await raw(mock, 'GET', '/templates')).status).toBe(200);
  });
});
