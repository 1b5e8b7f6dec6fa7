import { RunSchema, VernApiError } from '@vernkit/core';
import { harness, migrationWith, raw } from '../test/harness.ts';

describe('runs: generate → preview → execute', () => {
  it('generates a preview from an uploaded file and executes it on the same run', async () => {
    const { client } = harness();
    const id = await migrationWith(client);
    const accepted = await client.startRun(id, { kind: 'generate' });
    expect(accepted.status).toBe('queued');
    expect(accepted.poll_url).toBe(`https://vern.test/api/v1/migrations/${id}/runs/${accepted.run_id}`);

    const polled = await client.getRun(id, accepted.run_id);
    expect(polled.status).toBe('awaiting_approval');
    const preview = await client.getPreview(id);
    const contacts = preview.sheets.find((s) => s.template.slug === 'contacts');
    expect(contacts?.rows[0]).toEqual(['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account']);
    expect(contacts?.rows.length).toBeGreaterThan(1);

    const execute = await client.startRun(id, { kind: 'execute' });
    expect(execute).toMatchObject({ run_id: accepted.run_id, status: 'running' });
    const done = await client.getRun(id, accepted.run_id);
    expect(done.status).toBe('completed');
    if (done.status !== 'completed') return;
    expect(done.report?.inserted).toBe(preview.sheets.reduce((n, s) => n + s.rows.length - 1, 0));
    expect(done.report?.perSheet.map((s) => s.templateName)).toEqual(['Companies', 'Contacts']);
  });

  it('reports the migration status as it moves along (read back through external_id)', async () => {
    const { client } = harness();
    const body = { name: 'Globex', external_id: 'globex-1' };
    const status = async () => (await client.createMigration(body)).migration.status;
    const { migration, created } = await client.createMigration(body);
    expect(created).toBe(true);
    expect(migration.status).toBe('awaiting_files');
    const [file] = await client.createUploads(migration.id, [{ name: 'c.csv', content_type: 'text/csv' }]);
    expect(await status()).toBe('awaiting_files');
    await client.uploadFile(file as NonNullable<typeof file>, new Blob(['Email,Surname\na@b.co,Lee\n']));
    expect(await status()).toBe('ready');
    const { run_id } = await client.startRun(migration.id, { kind: 'generate' });
    await client.getRun(migration.id, run_id);
    expect(await status()).toBe('awaiting_approval');
    await client.startRun(migration.id, { kind: 'execute' });
    await client.getRun(migration.id, run_id);
    expect(await status()).toBe('completed');
  });
});

describe('runs: one at a time and preconditions', () => {
  it('answers a second start with 409 and the active run_id', async () => {
    const { client } = harness({ speed: 1 });
    const id = await migrationWith(client);
    const first = await client.startRun(id, { kind: 'generate' });
    const second = await client.startRun(id, { kind: 'generate' }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(VernApiError);
    expect(second).toMatchObject({ status: 409, kind: 'conflict', runId: first.run_id });
  });

  it('refuses update, clarify and execute before a preview exists', async () => {
    const { client } = harness();
    const id = await migrationWith(client);
    for (const body of [
      { kind: 'update', message: 'Trim phones' },
      { kind: 'clarify', message: 'Which column is Email?' },
      { kind: 'execute' },
    ] as const) {
      await expect(client.startRun(id, body)).rejects.toMatchObject({ status: 409 });
    }
  });

  it('refuses generate with no files and no connection (400)', async () => {
    const { client } = harness();
    const { migration } = await client.createMigration({ name: 'Empty' });
    await expect(client.startRun(migration.id, { kind: 'generate' })).rejects.toMatchObject({
      status: 400,
      message: 'Upload at least one file or connect a live source before generating',
    });
  });

  it('validates the body: kind, message, extract_via_api', async () => {
    const { mock, client } = harness();
    const id = await migrationWith(client);
    const cases: Array<[unknown, string]> = [
      [{}, 'kind is required: generate, update, clarify or execute'],
      [{ kind: 'explode' }, 'kind must be one of generate, update, clarify, execute'],
      [{ kind: 'update' }, 'message is required'],
      [{ kind: 'clarify', message: '   ' }, 'message must not be empty'],
      [{ kind: 'generate', extract_via_api: 'yes' }, 'extract_via_api must be a boolean'],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', `/migrations/${id}/runs`, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error });
    }
  });

  it('refuses to resume an executed preview (409)', async () => {
    const { client } = harness();
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    await client.getRun(id, run_id);
    await client.startRun(id, { kind: 'execute' });
    await client.getRun(id, run_id);
    await expect(client.startRun(id, { kind: 'update', message: 'Trim phones' })).rejects.toMatchObject({
      status: 409,
      message: 'This preview was already executed: generate a fresh one',
    });
  });
});

describe('runs: cancel', () => {
  it('cancels an in-flight run with PATCH { status: cancel_requested } only', async () => {
    const { mock, client } = harness({ speed: 1 });
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    const bad = await raw(mock, 'PATCH', `/migrations/${id}/runs/${run_id}`, { status: 'canceled' });
    expect(bad.status).toBe(400);
    const canceled = await client.cancelRun(id, run_id);
    expect(canceled.status).toBe('canceled');
    mock.settle();
    expect((await client.getRun(id, run_id)).status).toBe('canceled');
    const next = await client.startRun(id, { kind: 'generate' });
    expect(next.run_id).not.toBe(run_id);
  });

  it('answers 404 for an unknown run and an unknown migration', async () => {
    const { client } = harness();
    const id = await migrationWith(client);
    await expect(client.getRun(id, 'nope')).rejects.toMatchObject({ status: 404, kind: 'not_found' });
    await expect(client.getRun('missing', 'nope')).rejects.toMatchObject({ status: 404 });
  });
});

describe('runs: progress over time', () => {
  it('moves queued → running (with a message) → awaiting_approval as the clock advances', async () => {
    const { mock, client } = harness({ speed: 1 });
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    expect((await client.getRun(id, run_id)).status).toBe('queued');
    mock.clock.advance(700);
    const running = await client.getRun(id, run_id);
    expect(running.status).toBe('running');
    if (running.status === 'running') expect(running.message).toBe('Reading your files');
    mock.settle();
    const done = RunSchema.parse(await (await raw(mock, 'GET', `/migrations/${id}/runs/${run_id}`)).json());
    expect(done.status).toBe('awaiting_approval');
  });
});
