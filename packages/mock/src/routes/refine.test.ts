import { harness, migrationWith } from '../test/harness.ts';

async function withPreview(files: Parameters<typeof migrationWith>[1] = ['contacts-clean.csv']) {
  const h = harness();
  const id = await migrationWith(h.client, files);
  const { run_id } = await h.client.startRun(id, { kind: 'generate' });
  expect((await h.client.getRun(id, run_id)).status).toBe('awaiting_approval');
  return { ...h, id, run_id };
}

const column = (rows: string[][] | undefined, name: string) => {
  const index = rows?.[0]?.indexOf(name) ?? -1;
  return (rows ?? []).slice(1).map((r) => r[index] ?? '');
};

describe('update', () => {
  it('applies a plain-language instruction on the same run and produces a new preview', async () => {
    const { client, id, run_id } = await withPreview();
    const accepted = await client.startRun(id, { kind: 'update', message: 'Uppercase the Last Name column' });
    expect(accepted).toMatchObject({ run_id, status: 'running' });
    expect((await client.getRun(id, run_id)).status).toBe('awaiting_approval');
    const preview = await client.getPreview(id);
    const names = column(preview.sheets.find((s) => s.template.slug === 'contacts')?.rows, 'Last Name');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n === n.toUpperCase())).toBe(true);
    const thread = await client.getThread(id);
    const done = thread.events.filter((e) => e.type === 'message').at(-1);
    expect(done?.data.text).toMatch(/^Done: Contacts: Uppercase Last Name/);
  });

  it('says in the thread what it could not do and leaves the preview as it was', async () => {
    const { client, id, run_id } = await withPreview();
    const before = await client.getPreview(id);
    await client.startRun(id, { kind: 'update', message: 'translate everything to French' });
    expect((await client.getRun(id, run_id)).status).toBe('awaiting_approval');
    expect(await client.getPreview(id)).toEqual(before);
    const { events } = await client.getThread(id);
    const reply = events.filter((e) => e.type === 'message').at(-1);
    expect(reply?.data.text).toMatch(
      /^I couldn't apply that change, so the preview is unchanged\. I can't do that yet/,
    );
  });

  it('runs one update at a time', async () => {
    const h = harness({ speed: 1 });
    const id = await migrationWith(h.client, ['contacts-clean.csv']);
    const { run_id } = await h.client.startRun(id, { kind: 'generate' });
    h.mock.settle();
    await h.client.startRun(id, { kind: 'update', message: 'make emails lowercase' });
    await expect(h.client.startRun(id, { kind: 'update', message: 'again' })).rejects.toMatchObject({
      status: 409,
      runId: run_id,
    });
  });
});

describe('clarify', () => {
  it('answers where columns came from, about flagged rows and unused columns, and changes nothing', async () => {
    const h = harness();
    const id = await migrationWith(h.client, ['contacts.csv']);
    const { run_id } = await h.client.startRun(id, { kind: 'generate' });
    await h.client.getRun(id, run_id);
    await h.client.answerQuestions(id, run_id, [
      { id: 'q_contacts_phone_source', value: 'Use "Phone"' },
      { id: 'q_contacts_status_values', value: 'Leave them flagged' },
    ]);
    const before = await h.client.getPreview(id);
    const ask = async (message: string) => {
      const { last_sequence } = await h.client.getThread(id);
      await h.client.startRun(id, { kind: 'clarify', message });
      const run = await h.client.getRun(id, run_id);
      expect(run).toMatchObject({ status: 'completed' });
      expect(run.status === 'completed' && run.report).toBeFalsy();
      const { events } = await h.client.getThread(id, { after: last_sequence ?? 0 });
      return String(events.find((e) => e.type === 'message')?.data.text);
    };
    expect(await ask('Which column did you map Email from?')).toMatch(
      /\*\*Email\*\* \(Contacts\) comes from `E-mail Address` in contacts\.csv\. \d+ cells are flagged/,
    );
    expect(await ask('How many rows are flagged, and why?')).toMatch(/Contacts\*\*: \d+ flagged rows \(/);
    expect(await ask('Which of my columns did you ignore?')).toMatch(/I left out `Notes`/);
    expect(await ask('What happened to Mobile?')).toMatch(/I didn't use your column `Mobile`/);
    expect(await ask('Tell me a joke')).toMatch(/Ask me which of your columns a field came from/);
    expect(await h.client.getPreview(id)).toEqual(before);
    await h.client.startRun(id, { kind: 'execute' });
    expect((await h.client.getRun(id, run_id)).status).toBe('completed');
  });
});
