import { RunSchema, ThreadSnapshotSchema } from '@vernkit/core';
import { type SampleFileName, sampleFile } from '../data/index.ts';
import { API_KEY, BASE_URL, harness, migrationWith, raw } from '../test/harness.ts';
import { SCENARIO_NAMES, SCENARIOS } from './scenarios.ts';

async function generate(
  scenario: (typeof SCENARIO_NAMES)[number],
  files: SampleFileName[] = ['contacts.csv'],
) {
  const h = harness({ scenario });
  const id = await migrationWith(h.client, files);
  const { run_id } = await h.client.startRun(id, { kind: 'generate' });
  return { ...h, id, run_id, poll: () => h.client.getRun(id, run_id) };
}

describe('SCENARIOS', () => {
  it('titles and describes every scenario', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...SCENARIO_NAMES].sort());
    for (const s of Object.values(SCENARIOS))
      expect(s.title.length * s.description.length).toBeGreaterThan(0);
  });
});

describe('happy', () => {
  it('goes straight to a preview on clean data and executes with a clean report', async () => {
    const { client, id, run_id, poll } = await generate('happy', ['contacts-clean.csv']);
    expect((await poll()).status).toBe('awaiting_approval');
    await client.startRun(id, { kind: 'execute' });
    const done = await client.getRun(id, run_id);
    expect(done).toMatchObject({ status: 'completed', report: { invalidCellCount: 0 } });
  });

  it('still asks when the data is genuinely ambiguous, everything at once', async () => {
    const { poll } = await generate('happy');
    const run = await poll();
    expect(run.status).toBe('blocked');
    if (run.status === 'blocked')
      expect(run.questions.map((q) => q.id)).toEqual(['q_contacts_phone_source', 'q_contacts_status_values']);
  });
});

describe('question', () => {
  it('asks even on clean data, and the answer resumes the same run to a preview', async () => {
    const { client, id, run_id, poll } = await generate('question', ['contacts-clean.csv']);
    const blocked = await poll();
    expect(blocked).toMatchObject({ status: 'blocked', blocked_reason: 'question' });
    if (blocked.status !== 'blocked') return;
    expect(blocked.questions).toHaveLength(1);
    const [question] = blocked.questions;
    expect(question?.options.length).toBeGreaterThanOrEqual(2);
    const label = question?.options[0]?.label as string;
    expect(await client.answerQuestions(id, run_id, [{ id: question?.id as string, value: label }])).toEqual({
      run_id,
      status: 'running',
    });
    const after = await poll();
    expect(after.status).toBe('awaiting_approval');
    expect(after.answers).toEqual({ [question?.id as string]: label });
  });

  it('takes free-form replies, applies what they settle, and echoes the last one back', async () => {
    const { client, id, run_id, poll } = await generate('question');
    const first = await poll();
    expect(first.status === 'blocked' && first.questions.length).toBe(2);
    await client.answerQuestions(id, run_id, "Map them all to 'Open'");
    const second = await poll();
    expect(second.status).toBe('blocked');
    if (second.status === 'blocked')
      expect(second.questions.map((q) => q.id)).toEqual(['q_contacts_phone_source']);
    expect(second.answers).toEqual({ answers: "Map them all to 'Open'" });
    await client.answerQuestions(id, run_id, 'Use Mobile');
    const after = await poll();
    expect(after.status).toBe('awaiting_approval');
    expect(after.answers).toEqual({ answers: 'Use Mobile' });
    const preview = await client.getPreview(id);
    const contacts = preview.sheets.find((s) => s.template.slug === 'contacts');
    const status = contacts?.rows[0]?.indexOf('Status') as number;
    expect(
      contacts?.rows.slice(1).every((r) => ['Open', 'Closed', 'Pending', ''].includes(r[status] ?? '')),
    ).toBe(true);
  });

  it('asks again, in the thread, when a free-form reply cannot be used', async () => {
    const { client, id, run_id, poll } = await generate('question');
    await poll();
    await client.answerQuestions(id, run_id, 'banana');
    const again = await poll();
    expect(again.status).toBe('blocked');
    const thread = await client.getThread(id);
    expect(
      thread.events.some(
        (e) => e.type === 'message' && /couldn't match your reply/.test(String(e.data.text)),
      ),
    ).toBe(true);
  });

  it('refuses answers it cannot use with 400, and the run stays blocked', async () => {
    const { mock, id, run_id, poll } = await generate('question');
    await poll();
    const path = `/migrations/${id}/runs/${run_id}/messages`;
    const cases: Array<[unknown, RegExp]> = [
      [{}, /answers is required/],
      [{ answers: [] }, /must not be empty/],
      [{ answers: '  ' }, /must not be empty/],
      [{ answers: [{ id: 'q9', value: 'x' }] }, /Unknown question id "q9"/],
      [
        { answers: [{ id: 'q_contacts_phone_source', value: 'the purple one' }] },
        /couldn't tell which column/,
      ],
      [{ answers: 42 }, /must be a string or an array/],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', path, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(error);
    }
    expect((await poll()).status).toBe('blocked');
  });

  it('answers 409 to a message when the run is not blocked', async () => {
    const { client, id, run_id } = await generate('happy', ['contacts-clean.csv']);
    await expect(client.answerQuestions(id, run_id, 'hello')).rejects.toMatchObject({ status: 409 });
  });
});

describe('two-questions', () => {
  it('blocks twice, one question each, on the same run', async () => {
    const { client, id, run_id, poll } = await generate('two-questions');
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await poll();
      expect(run.status).toBe('blocked');
      if (run.status !== 'blocked') return;
      expect(run.questions).toHaveLength(1);
      const q = run.questions[0] as (typeof run.questions)[number];
      seen.push(q.id);
      await client.answerQuestions(id, run_id, [{ id: q.id, value: q.options[0]?.label as string }]);
    }
    expect(new Set(seen).size).toBe(2);
    expect((await poll()).status).toBe('awaiting_approval');
  });
});

describe('credentials', () => {
  const SECRET = 'sk-live-9f8e7d6c5b4a-never-echo';

  it('blocks for credentials with a schema and guidance, and never lets a secret out', async () => {
    const { mock, client, id, run_id, poll } = await generate('credentials');
    const blocked = await poll();
    expect(blocked).toMatchObject({ status: 'blocked', blocked_reason: 'credentials' });
    if (blocked.status !== 'blocked') return;
    const request = blocked.credential_request;
    expect(request).toMatchObject({ source_key: 'salesforce', source_name: 'Salesforce' });
    expect(request?.guidance?.summary).toBeTruthy();
    expect(request?.guidance?.steps?.length).toBeGreaterThan(0);
    expect(request?.guidance?.links?.[0]?.url).toMatch(/^https:\/\//);
    expect(request?.schema.client_secret).toMatchObject({ secret: true });

    await expect(client.answerQuestions(id, run_id, 'my password is hunter2')).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      client.submitCredentials(id, run_id, {
        credentials: { client_id: 'x' },
        connection_id: 'someone-else',
      }),
    ).rejects.toMatchObject({ status: 409 });

    // Missing the required secret: the connector rejects it and the run asks again.
    await client.submitCredentials(id, run_id, { credentials: { client_id: 'abc' } });
    const again = await poll();
    expect(again).toMatchObject({ status: 'blocked', blocked_reason: 'credentials' });
    if (again.status === 'blocked')
      expect(again.credential_request?.reason).toMatch(/rejected.*client_secret/);

    const resumed = await client.submitCredentials(id, run_id, {
      credentials: { client_id: 'abc', client_secret: SECRET },
      connection_id: request?.connection_id as string,
    });
    expect(resumed).toEqual({ run_id, status: 'running' });
    // The extracted records are ambiguous (Phone vs Mobile): the agent now asks about them.
    const asking = await poll();
    expect(asking).toMatchObject({ status: 'blocked', blocked_reason: 'question' });
    await client.answerQuestions(
      id,
      run_id,
      'Use Phone, and Mobile when it is empty. Leave the statuses flagged.',
    );
    if ((await poll()).status === 'blocked') await client.answerQuestions(id, run_id, 'Leave them flagged');
    expect((await poll()).status).toBe('awaiting_approval');
    const connection = await client.getSourceConnection(id);
    expect(connection).toMatchObject({ creds_configured: true, source_key: 'salesforce' });
    expect(connection.last_sync_at).toBeTruthy();

    const everything = [
      await raw(mock, 'GET', `/migrations/${id}/runs/${run_id}`),
      await raw(mock, 'GET', `/migrations/${id}/thread?include=all`),
      await raw(mock, 'GET', `/migrations/${id}/thread/stream?include=all`),
      await raw(mock, 'GET', `/migrations/${id}/source-connection`),
      await raw(mock, 'GET', `/migrations/${id}/preview`),
    ];
    for (const res of everything) expect(await res.text()).not.toContain(SECRET);
    expect(JSON.stringify(mock.inspect())).not.toContain(SECRET);
    const thread = ThreadSnapshotSchema.parse(
      await (await raw(mock, 'GET', `/migrations/${id}/thread?include=all`)).json(),
    );
    expect(thread.events.some((e) => e.type === 'request_input' && e.data.kind === 'credentials')).toBe(true);
  });

  it('uses the migration’s own live connection, and 404s when it is deleted while blocked', async () => {
    const h = harness();
    const { migration } = await h.client.createMigration({ name: 'Live' });
    await h.client.saveSourceConnection(migration.id, { source_key: 'hubspot' });
    const { run_id } = await h.client.startRun(migration.id, { kind: 'generate' });
    const run = await h.client.getRun(migration.id, run_id);
    expect(run).toMatchObject({ status: 'blocked', credential_request: { source_key: 'hubspot' } });
    await h.client.deleteSourceConnection(migration.id);
    await expect(
      h.client.submitCredentials(migration.id, run_id, { credentials: { access_token: 't' } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('failure', () => {
  it('fails generate with a reason and an error event', async () => {
    const { client, id, poll } = await generate('failure');
    const run = await poll();
    expect(run.status).toBe('failed');
    if (run.status === 'failed') expect(run.error).toMatch(/couldn't produce a working mapping/);
    const thread = await client.getThread(id);
    expect(thread.events.at(-1)).toMatchObject({ type: 'error', data: { message: expect.any(String) } });
  });
});

describe('a malformed upload', () => {
  it('fails the run with the reason the file could not be read', async () => {
    const { client } = harness();
    const { migration } = await client.createMigration({ name: 'Broken' });
    await client.uploadFiles(migration.id, [
      { name: 'broken.csv', blob: new Blob(['Email,Name\n"a@b.co,Ann\n']), contentType: 'text/csv' },
    ]);
    const { run_id } = await client.startRun(migration.id, { kind: 'generate' });
    const run = await client.getRun(migration.id, run_id);
    expect(run.status).toBe('failed');
    if (run.status === 'failed') expect(run.error).toMatch(/"broken\.csv" could not be read/);
  });
});

describe('flagged-rows', () => {
  it('keeps invalid rows flagged in the preview and counts them in the execute report', async () => {
    const { client, id, run_id, poll } = await generate('flagged-rows');
    const run = await poll();
    if (run.status === 'blocked') {
      await client.answerQuestions(
        id,
        run_id,
        run.questions.map((q) => ({
          id: q.id,
          value:
            'Leave them flagged' === q.options.at(-1)?.label
              ? 'Leave them flagged'
              : (q.options[0]?.label as string),
        })),
      );
    }
    expect((await poll()).status).toBe('awaiting_approval');
    const preview = await client.getPreview(id);
    const flagged = preview.sheets.flatMap((s) => s.invalid_cells);
    expect(flagged.length).toBeGreaterThan(0);
    await client.startRun(id, { kind: 'execute' });
    const done = await poll();
    expect(done.status).toBe('completed');
    if (done.status === 'completed') expect(done.report?.invalidCellCount).toBeGreaterThan(0);
  });
});

describe('stale', () => {
  it('stays running without progress, then is swept to failed "Import timed out"', async () => {
    const h = harness({ scenario: 'stale', speed: 1 });
    const id = await migrationWith(h.client, ['contacts-clean.csv']);
    const { run_id } = await h.client.startRun(id, { kind: 'generate' });
    h.mock.clock.advance(5_000);
    const running = await h.client.getRun(id, run_id);
    expect(running.status).toBe('running');
    h.mock.clock.advance(20_000);
    expect((await h.client.getRun(id, run_id)).status).toBe('running');
    h.mock.clock.advance(15_000);
    expect(await h.client.getRun(id, run_id)).toMatchObject({ status: 'failed', error: 'Import timed out' });
  });
});

describe('slow', () => {
  it('takes about four times longer and reports retries', async () => {
    const timed = async (scenario: 'happy' | 'slow') => {
      const h = harness({ scenario, speed: 1 });
      const id = await migrationWith(h.client, ['contacts-clean.csv']);
      await h.client.startRun(id, { kind: 'generate' });
      return { ms: h.mock.settle(), thread: await h.client.getThread(id) };
    };
    const happy = await timed('happy');
    const slow = await timed('slow');
    expect(slow.ms).toBeGreaterThan(happy.ms * 3.5);
    expect(slow.thread.events.some((e) => e.data.message === 'Retrying (attempt 2 of 5)')).toBe(true);
  });
});

describe('picking a scenario', () => {
  it('follows x-vernkit-scenario per migration and refuses an unknown one', async () => {
    const { mock } = harness();
    const bad = await raw(mock, 'POST', '/migrations', { name: 'X' }, { 'x-vernkit-scenario': 'chaos' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/Unknown scenario "chaos"/);
    const res = await raw(mock, 'POST', '/migrations', { name: 'X' }, { 'x-vernkit-scenario': 'failure' });
    const { migration } = await res.json();
    const file = sampleFile('contacts-clean.csv');
    const [signed] = (
      await (
        await raw(mock, 'POST', `/migrations/${migration.id}/files`, { files: [{ name: file.name }] })
      ).json()
    ).files;
    await mock.fetch(signed.signed_url, { method: 'PUT', body: file.bytes as Uint8Array<ArrayBuffer> });
    const { run_id } = await (
      await raw(mock, 'POST', `/migrations/${migration.id}/runs`, { kind: 'generate' })
    ).json();
    const run = RunSchema.parse(
      await (await raw(mock, 'GET', `/migrations/${migration.id}/runs/${run_id}`)).json(),
    );
    expect(run.status).toBe('failed');
    expect(mock.inspect().migrations[0]?.scenario).toBe('failure');
  });

  it('applies setScenario to runs started afterwards', async () => {
    const { mock, client } = harness();
    const id = await migrationWith(client, ['contacts-clean.csv']);
    mock.setScenario('failure');
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    expect((await client.getRun(id, run_id)).status).toBe('failed');
    expect(() => mock.setScenario('nope' as never)).toThrow(/Unknown scenario/);
    void API_KEY;
    void BASE_URL;
  });
});
