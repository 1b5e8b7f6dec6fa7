import { harness, migrationWith, raw } from '../test/harness.ts';

async function executed() {
  const h = harness({ scenario: 'flagged-rows' });
  const id = await migrationWith(h.client, ['contacts.csv', 'companies.xlsx']);
  const { run_id } = await h.client.startRun(id, { kind: 'generate' });
  await h.client.getRun(id, run_id);
  await h.client.answerQuestions(id, run_id, [
    { id: 'q_contacts_phone_source', value: 'Use "Mobile"' },
    { id: 'q_contacts_status_values', value: 'Leave them flagged' },
  ]);
  expect((await h.client.getRun(id, run_id)).status).toBe('awaiting_approval');
  await h.client.startRun(id, { kind: 'execute' });
  const done = await h.client.getRun(id, run_id);
  return { ...h, id, done };
}

describe('export CSV', () => {
  it('streams valid rows by default, all or invalid on request, with the record count', async () => {
    const { mock, client, id, done } = await executed();
    const valid = await raw(mock, 'GET', `/migrations/${id}/exports/contacts.csv`);
    expect(valid.status).toBe(200);
    expect(valid.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(valid.headers.get('content-disposition')).toBe('attachment; filename="contacts.csv"');
    const counts: Record<string, number> = {};
    for (const filter of ['valid', 'all', 'invalid'] as const) {
      const csv = await client.exportCsv(id, 'contacts', { filter });
      counts[filter] = Number(csv.totalRecords ?? NaN);
      await csv.body.cancel();
    }
    expect(counts.all).toBe(60);
    expect((counts.valid ?? 0) + (counts.invalid ?? 0)).toBe(60);
    expect(counts.invalid).toBeGreaterThan(0);
    const text = await valid.text();
    expect(text.split('\r\n')[0]).toBe('Email,First Name,Last Name,Phone,Status,Account');
    expect(text.endsWith('\r\n')).toBe(true);
    if (done.status === 'completed') expect(done.report?.invalidCellCount).toBeGreaterThan(0);
  });

  it('quotes commas, quotes and newlines per RFC 4180', async () => {
    const { mock, id } = await executed();
    const text = await (await raw(mock, 'GET', `/migrations/${id}/exports/contacts.csv?filter=all`)).text();
    expect(text).toContain('"Acme, Inc."');
  });

  it('exports the header alone before anything is executed', async () => {
    const { mock, client } = harness();
    const id = await migrationWith(client);
    const res = await raw(mock, 'GET', `/migrations/${id}/exports/contacts.csv`);
    expect(res.headers.get('x-total-records')).toBe('0');
    expect(await res.text()).toBe('Email,First Name,Last Name,Phone,Status,Account\r\n');
  });

  it('refuses a bad path or filter (400) and an unknown sheet (404)', async () => {
    const { mock, client } = harness();
    const { migration } = await client.createMigration({ name: 'A', templates: ['contacts'] });
    const base = `/migrations/${migration.id}/exports`;
    expect((await raw(mock, 'GET', `${base}/contacts.json`)).status).toBe(400);
    expect((await raw(mock, 'GET', `${base}/contacts.csv?filter=dirty`)).status).toBe(400);
    const notInMigration = await raw(mock, 'GET', `${base}/companies.csv`);
    expect(notInMigration.status).toBe(404);
    expect((await notInMigration.json()).error).toMatch(/no sheet for template "companies"/);
    expect((await raw(mock, 'GET', `${base}/invoices.csv`)).status).toBe(404);
  });
});
