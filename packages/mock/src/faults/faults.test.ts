import { harness, migrationWith, raw } from '../test/harness.ts';
import { FAULT_TYPES } from './FaultBook.ts';

describe('faults', () => {
  it('5xx answers instead of the endpoint, performs nothing, and is spent after count', async () => {
    const { mock, client } = harness();
    mock.injectFault({ type: '5xx', route: 'POST /migrations', status: 503, count: 2 });
    for (let i = 0; i < 2; i++) {
      await expect(client.createMigration({ name: 'A' })).rejects.toMatchObject({
        status: 503,
        kind: 'server',
      });
    }
    expect(mock.inspect().migrations).toHaveLength(0);
    await expect(client.listTemplates()).resolves.toBeTruthy();
    expect((await client.createMigration({ name: 'A' })).created).toBe(true);
    expect(mock.inspect().faults).toEqual([]);
  });

  it('429-burst answers Too many requests three times by default', async () => {
    const { mock } = harness();
    mock.injectFault({ type: '429-burst' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await raw(mock, 'GET', '/templates')).status);
    expect(statuses).toEqual([429, 429, 429, 200]);
  });

  it('malformed-body garbles a JSON response into an invalid_response', async () => {
    const { mock, client } = harness();
    mock.injectFault({ type: 'malformed-body', route: 'GET /templates' });
    await expect(client.listTemplates()).rejects.toMatchObject({ kind: 'invalid_response' });
    await expect(client.listTemplates()).resolves.toMatchObject({ templates: expect.any(Array) });
  });

  it('unknown-status makes a poll carry a status the client has never heard of', async () => {
    const { mock, client } = harness();
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    mock.injectFault({ type: 'unknown-status', value: 'hibernating' });
    expect(await client.getRun(id, run_id)).toMatchObject({ status: 'unknown', raw_status: 'hibernating' });
    expect((await client.getRun(id, run_id)).status).toBe('awaiting_approval');
  });

  it('lost-post-response performs the POST but drops the response; the retry recovers the run through the 409', async () => {
    const { mock, client } = harness({ speed: 1 });
    const id = await migrationWith(client);
    mock.injectFault({ type: 'lost-post-response' });
    const lost = await client.startRun(id, { kind: 'generate' }).catch((e: unknown) => e);
    expect(lost).toMatchObject({ kind: 'network' });
    const retry = await client.startRun(id, { kind: 'generate' }).catch((e: unknown) => e);
    const runs = mock.inspect().migrations[0]?.runs ?? [];
    expect(runs).toHaveLength(1);
    expect(retry).toMatchObject({ status: 409, runId: runs[0]?.run_id });
  });

  it('lost-post-response rejects mock.fetch with a TypeError, like a dropped connection', async () => {
    const { mock } = harness();
    mock.injectFault({ type: 'lost-post-response', route: 'POST /migrations' });
    await expect(raw(mock, 'POST', '/migrations', { name: 'A' })).rejects.toThrow(TypeError);
    expect(mock.inspect().migrations).toHaveLength(1);
  });

  it('sse-drop cuts the stream after one event; resuming with after gets the rest and done', async () => {
    const { mock, client } = harness();
    const id = await migrationWith(client);
    const { run_id } = await client.startRun(id, { kind: 'generate' });
    await client.getRun(id, run_id);
    mock.injectFault({ type: 'sse-drop' });
    const dropped = await raw(mock, 'GET', `/migrations/${id}/thread/stream`);
    const decoder = new TextDecoder();
    let text = '';
    const reader = (dropped.body as ReadableStream<Uint8Array>).getReader();
    await expect(
      (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          text += decoder.decode(value);
        }
      })(),
    ).rejects.toThrow(/lost/);
    const sequences = [...text.matchAll(/"sequence":(\d+)/g)].map((m) => Number(m[1]));
    expect(sequences).toHaveLength(1);
    expect(text).not.toContain('event: done');
    const rest = await (
      await raw(mock, 'GET', `/migrations/${id}/thread/stream?after=${sequences[0]}`)
    ).text();
    expect(rest).toContain('event: done');
    const snapshot = await client.getThread(id);
    const resumed = [...rest.matchAll(/"sequence":(\d+),"type"/g)].map((m) => Number(m[1]));
    expect([...sequences, ...resumed]).toEqual(snapshot.events.map((e) => e.sequence));
  });

  it('matches routes with :params, *, ** and RegExps, and refuses unknown fault types', async () => {
    const { mock } = harness();
    mock.injectFault({ type: '5xx', route: /^GET \/sources$/ });
    mock.injectFault({ type: '5xx', route: 'GET /templates/*' });
    expect((await raw(mock, 'GET', '/templates')).status).toBe(200);
    expect((await raw(mock, 'GET', '/templates/contacts')).status).toBe(500);
    expect((await raw(mock, 'GET', '/sources')).status).toBe(500);
    mock.injectFault({ type: '5xx', route: 'PUT /storage/**', count: Number.POSITIVE_INFINITY });
    const h = await mock.fetch(
      'https://storage.vern-mock.invalid/storage/v1/object/upload/sign/a/b?token=x',
      { method: 'PUT', body: 'x' },
    );
    expect(h.status).toBe(500);
    mock.clearFaults();
    expect(mock.inspect().faults).toEqual([]);
    expect(() => mock.injectFault({ type: 'meteor' as never })).toThrow(/Unknown fault type/);
    expect(() => mock.injectFault({ type: '5xx', status: 404 })).toThrow(RangeError);
    expect(FAULT_TYPES).toHaveLength(6);
  });
});
