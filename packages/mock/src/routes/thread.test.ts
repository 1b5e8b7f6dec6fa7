import { ThreadEventSchema, ThreadSnapshotSchema } from '@vernkit/core';
import { harness, migrationWith, raw } from '../test/harness.ts';

async function generated(speed = 0) {
  const h = harness({ speed, streamBudgetMs: 60_000, heartbeatMs: 5_000 });
  const id = await migrationWith(h.client);
  const { run_id } = await h.client.startRun(id, { kind: 'generate' });
  return { ...h, id, run_id };
}

/** Read an SSE body to the end into `{ event, data }` frames and comment lines. */
async function readSse(
  response: Response,
): Promise<{ frames: Array<{ event: string; data: unknown }>; comments: string[] }> {
  const text = await response.text();
  const frames: Array<{ event: string; data: unknown }> = [];
  const comments: string[] = [];
  for (const block of text.split('\n\n')) {
    if (!block.trim()) continue;
    if (block.startsWith(':')) {
      comments.push(block.slice(1).trim());
      continue;
    }
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
    const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
    frames.push({ event, data: JSON.parse(data) });
  }
  return { frames, comments };
}

describe('thread snapshot', () => {
  it('records a generate run as user-level events with a stable increasing sequence', async () => {
    const { client, id, run_id } = await generated();
    await client.getRun(id, run_id);
    const snapshot = await client.getThread(id);
    const types = snapshot.events.map((e) => e.type);
    expect(types).toContain('status');
    expect(types).toContain('message');
    expect(types).toContain('preview');
    expect(types).not.toContain('tool_call');
    expect(types).not.toContain('thinking');
    const sequences = snapshot.events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(snapshot.last_sequence).toBe(sequences.at(-1));
    const status = snapshot.events.find((e) => e.type === 'status');
    expect(status?.data).toEqual({ message: expect.any(String) });
    const message = snapshot.events.find((e) => e.type === 'message');
    expect(message?.data.text).toMatch(/preview is ready/);
  });

  it('adds tool calls at include=tools and thinking/prepared at include=all', async () => {
    const { client, id, run_id } = await generated();
    await client.getRun(id, run_id);
    const tools = await client.getThread(id, { include: 'tools' });
    const call = tools.events.find((e) => e.type === 'tool_call');
    expect(call?.data).toMatchObject({ name: 'read_file', args: { name: 'contacts-clean.csv' } });
    expect(tools.events.some((e) => e.type === 'tool_result')).toBe(true);
    expect(tools.events.some((e) => e.type === 'prepared')).toBe(false);
    const all = await client.getThread(id, { include: 'all' });
    expect(all.events.some((e) => e.type === 'prepared')).toBe(true);
    expect(all.events.length).toBeGreaterThan(tools.events.length);
  });

  it('pages with after, and keeps one sequence across runs', async () => {
    const { client, id, run_id } = await generated();
    await client.getRun(id, run_id);
    const first = await client.getThread(id);
    const cursor = first.last_sequence as number;
    const empty = await client.getThread(id, { after: cursor });
    expect(empty).toEqual({ events: [], last_sequence: null });
    await client.startRun(id, { kind: 'clarify', message: 'Which column did you map Email from?' });
    await client.getRun(id, run_id);
    const next = await client.getThread(id, { after: cursor });
    expect(next.events.every((e) => e.sequence > cursor)).toBe(true);
    const answer = next.events.find((e) => e.type === 'message');
    expect(answer?.data.text).toMatch(/\*\*Email\*\* \(Contacts\) comes from `Email` in contacts-clean\.csv/);
    expect(next.events.at(-1)?.type).toBe('completed');
  });

  it('rejects a bad cursor or include with 400', async () => {
    const { mock, id } = await generated();
    for (const query of ['after=-1', 'after=abc', 'include=everything']) {
      const res = await raw(mock, 'GET', `/migrations/${id}/thread?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: expect.any(String) });
    }
  });
});

describe('thread stream (SSE)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the backlog as event/data frames, then done with the last sequence', async () => {
    const { mock, client, id, run_id } = await generated();
    await client.getRun(id, run_id);
    const res = await raw(mock, 'GET', `/migrations/${id}/thread/stream`);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { frames } = await readSse(res);
    const done = frames.at(-1);
    expect(done?.event).toBe('done');
    const events = frames.slice(0, -1);
    for (const frame of events) {
      const parsed = ThreadEventSchema.parse(frame.data);
      expect(frame.event).toBe(parsed.type);
    }
    const snapshot = ThreadSnapshotSchema.parse(
      await (await raw(mock, 'GET', `/migrations/${id}/thread`)).json(),
    );
    expect(events.map((f) => (f.data as { sequence: number }).sequence)).toEqual(
      snapshot.events.map((e) => e.sequence),
    );
    expect(done?.data).toEqual({ last_sequence: snapshot.last_sequence });
  });

  it('tails a running run live, with heartbeats, until it reaches its preview', async () => {
    vi.useFakeTimers();
    const { mock, id } = await generated(1);
    const res = await raw(mock, 'GET', `/migrations/${id}/thread/stream?include=tools`);
    const body = readSse(res);
    await vi.advanceTimersByTimeAsync(30_000);
    const { frames, comments } = await body;
    expect(frames.map((f) => f.event)).toEqual(
      expect.arrayContaining(['status', 'tool_call', 'preview', 'done']),
    );
    expect(frames.at(-1)?.event).toBe('done');
    expect(comments).toContain('connected');
    const created = frames
      .filter((f) => f.event !== 'done')
      .map((f) => Date.parse((f.data as { created_at: string }).created_at));
    expect(created.at(-1)).toBeGreaterThan(created[0] as number);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends with done when the run blocks on a question, and resumes with after', async () => {
    const h = harness({ scenario: 'question' });
    const id = await migrationWith(h.client, ['contacts.csv']);
    const { run_id } = await h.client.startRun(id, { kind: 'generate' });
    const first = await readSse(await raw(h.mock, 'GET', `/migrations/${id}/thread/stream`));
    expect(first.frames.map((f) => f.event)).toContain('request_input');
    const last = (first.frames.at(-1)?.data as { last_sequence: number } | undefined)?.last_sequence ?? -1;
    const run = await h.client.getRun(id, run_id);
    expect(run.status).toBe('blocked');
    if (run.status !== 'blocked') return;
    await h.client.answerQuestions(
      id,
      run_id,
      run.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'x' })),
    );
    const second = await readSse(await raw(h.mock, 'GET', `/migrations/${id}/thread/stream?after=${last}`));
    const sequences = second.frames
      .filter((f) => f.event !== 'done')
      .map((f) => (f.data as { sequence: number }).sequence);
    expect(sequences.length).toBeGreaterThan(0);
    expect(Math.min(...sequences)).toBeGreaterThan(last);
  });

  it('closes without done after the stream budget, and stops its timers', async () => {
    vi.useFakeTimers();
    const h = harness({ speed: 1, scenario: 'slow', streamBudgetMs: 2_000, heartbeatMs: 500 });
    const id = await migrationWith(h.client);
    await h.client.startRun(id, { kind: 'generate' });
    const body = readSse(await raw(h.mock, 'GET', `/migrations/${id}/thread/stream`));
    await vi.advanceTimersByTimeAsync(2_000);
    const { frames, comments } = await body;
    expect(frames.some((f) => f.event === 'done')).toBe(false);
    expect(comments.filter((c) => c === 'keep-alive').length).toBeGreaterThanOrEqual(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops its timers when the client aborts', async () => {
    vi.useFakeTimers();
    const h = harness({ speed: 1 });
    const id = await migrationWith(h.client);
    await h.client.startRun(id, { kind: 'generate' });
    const abort = new AbortController();
    const res = await h.mock.fetch(`https://vern.test/api/v1/migrations/${id}/thread/stream`, {
      headers: { 'x-api-key': 'test-key' },
      signal: abort.signal,
    });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    abort.abort();
    await res.body?.cancel().catch(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('streams through the core client and yields typed events', async () => {
    const { client, id, run_id } = await generated();
    await client.getRun(id, run_id);
    const seen: string[] = [];
    let done: number | null = null;
    for await (const event of client.streamThread(id, { onDone: (d) => (done = d.lastSequence) }))
      seen.push(event.type);
    expect(seen).toContain('preview');
    expect(done).toBe((await client.getThread(id)).last_sequence);
  });
});
