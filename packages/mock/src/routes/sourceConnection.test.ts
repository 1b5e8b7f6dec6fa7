import { harness, raw } from '../test/harness.ts';

describe('source connection', () => {
  it('creates, updates in place, reads without secrets, and deletes', async () => {
    const { mock, client } = harness();
    const { migration } = await client.createMigration({ name: 'Acme' });
    await expect(client.getSourceConnection(migration.id)).rejects.toMatchObject({ status: 404 });
    const created = await client.saveSourceConnection(migration.id, {
      source_key: 'Salesforce',
      config: { instance_url: 'https://acme.my.salesforce.com' },
      selected_streams: ['contacts'],
      credentials: { client_id: 'id', client_secret: 'shh-very-secret' },
    });
    expect(created).toMatchObject({
      source_key: 'salesforce',
      name: 'Salesforce',
      category: 'CRM',
      profile_id: null,
      creds_configured: true,
      selected_streams: ['contacts'],
      last_snapshot: null,
    });
    const updated = await client.saveSourceConnection(migration.id, {
      source_key: 'salesforce',
      config: { region: 'eu' },
    });
    expect(updated.id).toBe(created.id);
    expect(updated.config).toEqual({ region: 'eu' });
    const read = await raw(mock, 'GET', `/migrations/${migration.id}/source-connection?profile_id=workbook`);
    expect(await read.text()).not.toContain('shh-very-secret');
    expect(
      (await client.getSourceConnection(migration.id, { source_key: 'hubspot' }).catch((e) => e)).status,
    ).toBe(404);
    expect(await client.deleteSourceConnection(migration.id)).toEqual({ deleted: true });
    expect(await client.deleteSourceConnection(migration.id)).toEqual({ deleted: false });
    await expect(client.getSourceConnection(migration.id)).rejects.toMatchObject({ status: 404 });
  });

  it('makes the migration ready and lets generate extract with no files', async () => {
    const { client } = harness();
    const body = { name: 'Live', external_id: 'live-1' };
    const { migration } = await client.createMigration(body);
    await client.saveSourceConnection(migration.id, {
      source_key: 'pipedrive',
      credentials: { company_domain: 'acme', api_token: 't0k3n' },
    });
    expect((await client.createMigration(body)).migration.status).toBe('ready');
    const { run_id } = await client.startRun(migration.id, { kind: 'generate' });
    const run = await client.getRun(migration.id, run_id);
    expect(['blocked', 'awaiting_approval']).toContain(run.status);
    expect(run.status === 'blocked' ? run.blocked_reason : 'none').not.toBe('credentials');
    const thread = await client.getThread(migration.id, { include: 'tools' });
    expect(thread.events.some((e) => e.type === 'tool_call' && e.data.name === 'extract_stream')).toBe(true);
  });

  it('refuses an unknown connector, bad fields, and extract_via_api with nothing connected', async () => {
    const { mock, client } = harness();
    const { migration } = await client.createMigration({ name: 'Acme' });
    const path = `/migrations/${migration.id}/source-connection`;
    const cases: Array<[unknown, RegExp]> = [
      [{}, /source_key is required/],
      [{ source_key: 'myspace' }, /Unknown or not enabled source_key "myspace"/],
      [{ source_key: 'hubspot', config: 'x' }, /config must be an object/],
      [{ source_key: 'hubspot', selected_streams: 'contacts' }, /selected_streams must be an array/],
      [{ source_key: 'hubspot', selected_streams: ['deals'] }, /Unknown stream\(s\) for hubspot: deals/],
      [{ source_key: 'hubspot', credentials: ['a'] }, /credentials must be an object/],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', path, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(error);
    }
    const generate = await raw(mock, 'POST', `/migrations/${migration.id}/runs`, {
      kind: 'generate',
      extract_via_api: true,
    });
    expect(generate.status).toBe(400);
  });
});
