import { ImportRunSchema } from '@vernkit/core';
import { type SampleFileName, sampleFile } from '../data/index.ts';
import type { ScenarioName } from '../scenarios/scenarios.ts';
import { harness, raw } from '../test/harness.ts';

const SALESFORCE = '0d6a1c7e-5b2f-4e3a-9c8d-7f6e5d4c3b2a';
const CONTACTS = '5f0c6a2e-3b1d-4c8e-9a7f-1d2e3f4a5b6c';

async function company(scenario: ScenarioName = 'happy') {
  const h = harness({ scenario });
  const provisioned = await h.client.provisionCompany({
    name: 'Acme Corp',
    source: SALESFORCE,
    template_ids: [CONTACTS],
  });
  const companyId = provisioned.company.id;
  const upload = async (name: SampleFileName) => {
    const file = sampleFile(name);
    const { upload_url, upload_ref } = await h.client.createImportUpload(companyId, {
      name,
      content_type: file.contentType,
      size: file.bytes.byteLength,
    });
    await h.client.uploadFile(upload_url, new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
      contentType: file.contentType,
    });
    return { name, upload_ref };
  };
  return { ...h, provisioned, companyId, sheetId: provisioned.sheets[0]?.id as string, upload };
}

describe('companies', () => {
  it('provisions a workbook with one sheet per template and UUID ids everywhere', async () => {
    const { provisioned } = await company();
    expect(provisioned.company).toMatchObject({
      name: 'Acme Corp',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(provisioned.workbook_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(provisioned.sheets).toEqual([{ id: expect.any(String), name: 'Contacts', template_id: CONTACTS }]);
    expect(provisioned.magic_link_url).toMatch(/^https:\/\//);
  });

  it('refuses bad input: 400, 404 for an unknown source, 409 for a reused external_id', async () => {
    const { mock } = harness();
    const cases: Array<[unknown, number, RegExp]> = [
      [{ source: SALESFORCE }, 400, /name is required/],
      [{ name: 'A' }, 400, /source is required/],
      [{ name: 'A', source: 'Salesforce' }, 400, /source must be a source UUID/],
      [
        { name: 'A', source: SALESFORCE, template_ids: ['contacts'] },
        400,
        /template_ids must be an array of template UUIDs/,
      ],
      [
        { name: 'A', source: SALESFORCE, template_ids: ['00000000-0000-4000-8000-000000000000'] },
        400,
        /not in your account/,
      ],
      [{ name: 'A', source: SALESFORCE, external_id: 'a b' }, 400, /external_id/],
      [{ name: 'A', source: '00000000-0000-4000-8000-000000000000' }, 404, /No source with id/],
    ];
    for (const [body, status, error] of cases) {
      const res = await raw(mock, 'POST', '/companies', body);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatch(error);
    }
    expect(
      (await raw(mock, 'POST', '/companies', { name: 'A', source: SALESFORCE, external_id: 'a-1' })).status,
    ).toBe(201);
    expect((await raw(mock, 'POST', '/companies', { name: 'A', source: SALESFORCE })).status).toBe(400);
    const reused = await raw(mock, 'POST', '/companies', {
      name: 'B',
      source: SALESFORCE,
      external_id: 'a-1',
    });
    expect(reused.status).toBe(409);
  });

  it('stores destination credentials write-only', async () => {
    const { mock } = harness();
    const res = await raw(mock, 'POST', '/companies', {
      name: 'A',
      source: SALESFORCE,
      connections: { destination: { base_url: 'https://api.acme.test', auth: { token: 'dest-secret-123' } } },
    });
    const text = await res.text();
    expect(text).not.toContain('dest-secret-123');
    expect(JSON.parse(text).connections).toEqual([
      { id: expect.any(String), kind: 'destination', creds_configured: true },
    ]);
  });
});

describe('imports', () => {
  it('imports clean data to completed, with a report and a CSV export', async () => {
    const { client, companyId, sheetId, upload } = await company();
    const file = await upload('contacts-clean.csv');
    const accepted = await client.startImport(companyId, { files: [file], idempotency_key: 'imp-1' });
    expect(accepted).toMatchObject({
      status: 'queued',
      poll_url: `/api/v1/companies/${companyId}/imports/${accepted.run_id}`,
    });
    const run = await client.getImportByUrl(accepted.poll_url as string);
    expect(run).toMatchObject({ status: 'completed', report: { inserted: 8, invalidCellCount: 0 } });
    const csv = await client.exportImportCsv(companyId, { sheet_id: sheetId });
    expect(csv.totalRecords).toBe(8);
    await csv.body.cancel();
  });

  it('shows progress_message while running', async () => {
    const h = harness({ speed: 1 });
    const { company: c } = await h.client.provisionCompany({ name: 'A', source: SALESFORCE });
    const { run_id } = await h.client.startImport(c.id, { rows: [{ Email: 'a@b.co', 'Last Name': 'Lee' }] });
    h.mock.clock.advance(700);
    const body = await (await raw(h.mock, 'GET', `/companies/${c.id}/imports/${run_id}`)).json();
    expect(body).toMatchObject({ status: 'running', progress_message: 'Reading your rows' });
    expect(ImportRunSchema.parse(body)).toMatchObject({ status: 'running', message: 'Reading your rows' });
  });

  it('is idempotent on idempotency_key, 409 with another payload, 409 while another runs', async () => {
    const h = harness({ speed: 1 });
    const { company: c } = await h.client.provisionCompany({ name: 'A', source: SALESFORCE });
    const rows = [{ Email: 'a@b.co', 'Last Name': 'Lee' }];
    const first = await h.client.startImport(c.id, { rows, idempotency_key: 'k1' });
    const retry = await raw(h.mock, 'POST', `/companies/${c.id}/imports`, { rows, idempotency_key: 'k1' });
    expect(retry.status).toBe(200);
    expect((await retry.json()).run_id).toBe(first.run_id);
    const different = await raw(h.mock, 'POST', `/companies/${c.id}/imports`, {
      rows: [{ Email: 'z@b.co' }],
      idempotency_key: 'k1',
    });
    expect(different.status).toBe(409);
    await expect(h.client.startImport(c.id, { rows })).rejects.toMatchObject({
      status: 409,
      runId: first.run_id,
    });
  });

  it('finds the active run (or { run: null }) and pages the history newest first', async () => {
    const { client, companyId } = await company();
    expect(await client.getActiveImport(companyId)).toBeNull();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { run_id } = await client.startImport(companyId, {
        rows: [{ Email: `p${i}@b.co`, 'Last Name': 'Lee' }],
      });
      await client.getImport(companyId, run_id);
      ids.push(run_id);
    }
    const page1 = await client.listImports(companyId, { limit: 2 });
    expect(page1.runs.map((r) => r.run_id)).toEqual([ids[2], ids[1]]);
    expect(page1.next_cursor).toBe(ids[1]);
    const page2 = await client.listImports(companyId, { limit: 2, cursor: page1.next_cursor as string });
    expect(page2.runs.map((r) => r.run_id)).toEqual([ids[0]]);
    expect(page2.next_cursor).toBeNull();
  });

  it('refuses a bad import request with 400', async () => {
    const { mock, companyId } = await company();
    const path = `/companies/${companyId}/imports`;
    const cases: Array<[unknown, RegExp]> = [
      [{}, /Provide either files or rows/],
      [{ files: [], rows: [] }, /not both/],
      [{ files: [] }, /files must be a non-empty array/],
      [{ files: [{ name: 'a.csv' }] }, /upload_ref is required/],
      [{ files: [{ name: 'a.csv', upload_ref: 'workbook-files/nope' }] }, /has not been uploaded/],
      [{ rows: [1] }, /rows\[0\] must be an object/],
      [{ rows: [{ a: { b: 1 } }] }, /must be a plain value/],
      [{ rows: [{ a: 1 }], idempotency_key: 5 }, /idempotency_key/],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', path, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(error);
    }
    expect((await raw(mock, 'GET', `${path}?status=done`)).status).toBe(400);
    expect((await raw(mock, 'GET', `${path}?limit=0`)).status).toBe(400);
    expect((await raw(mock, 'GET', `${path}?cursor=nope`)).status).toBe(400);
  });
});

describe('flagged rows: needs_attention and decisions', () => {
  it('parks with questions and a safe patch, and approving the patch completes', async () => {
    const { client, companyId, sheetId, upload } = await company('flagged-rows');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    const parked = await client.getImport(companyId, run_id);
    expect(parked.status).toBe('needs_attention');
    if (parked.status !== 'needs_attention') return;
    const { questions, proposed_patch } = parked.needs_attention;
    expect(questions.length).toBeGreaterThan(0);
    expect(questions[0]?.target).toMatchObject({ sheet_id: sheetId, column: expect.any(String) });
    expect(
      proposed_patch?.actions.some((a) => ['delete_invalid_rows', 'dedup_keep_first'].includes(a.action)),
    ).toBe(false);
    expect(proposed_patch?.summary).toBeTruthy();
    const decided = await client.decideImport(companyId, run_id, { decision: 'approve' });
    expect(decided.status).toBe('running');
    expect(await client.getImport(companyId, run_id)).toMatchObject({
      status: 'completed',
      report: { inserted: expect.any(Number) },
    });
  });

  it('proposes a destructive patch in destructive-patch', async () => {
    const { client, companyId, upload } = await company('destructive-patch');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    const parked = await client.getImport(companyId, run_id);
    if (parked.status !== 'needs_attention')
      throw new Error(`expected needs_attention, got ${parked.status}`);
    expect(
      parked.needs_attention.proposed_patch?.actions.some(
        (a) => a.action === 'delete_invalid_rows' || a.action === 'dedup_keep_first',
      ),
    ).toBe(true);
  });

  it('re-parks with fresh questions after the first approval in repark', async () => {
    const { client, companyId, upload } = await company('repark');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    const first = await client.getImport(companyId, run_id);
    if (first.status !== 'needs_attention') throw new Error(`expected needs_attention, got ${first.status}`);
    const firstQuestions = first.needs_attention.questions.map((q) => q.target?.column);
    await client.decideImport(companyId, run_id, { decision: 'approve' });
    const second = await client.getImport(companyId, run_id);
    if (second.status !== 'needs_attention')
      throw new Error(`expected needs_attention again, got ${second.status}`);
    expect(second.needs_attention.questions.length).toBeLessThan(firstQuestions.length);
    await client.decideImport(companyId, run_id, { decision: 'approve' });
    expect((await client.getImport(companyId, run_id)).status).toBe('completed');
  });

  it('applies answers, refuses unknown ones with 400, and 409s once resolved', async () => {
    const { mock, client, companyId, upload } = await company('flagged-rows');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    const parked = await client.getImport(companyId, run_id);
    if (parked.status !== 'needs_attention') throw new Error('expected needs_attention');
    const path = `/companies/${companyId}/imports/${run_id}/decisions`;
    const q = parked.needs_attention.questions[0] as (typeof parked.needs_attention.questions)[number];
    const cases: Array<[unknown, RegExp]> = [
      [{}, /decision must be "approve" or "reject"/],
      [{ decision: 'maybe' }, /decision must be/],
      [{ decision: 'reject', answers: [] }, /only accepted with "approve"/],
      [
        { decision: 'approve', answers: [{ question_id: 'fq99', option_id: 'a' }] },
        /Unknown question_id "fq99"/,
      ],
      [{ decision: 'approve', answers: [{ question_id: q.id, option_id: 'zz' }] }, /Unknown option_id "zz"/],
      [{ decision: 'approve', answers: [{ question_id: q.id }] }, /either option_id or custom/],
      [{ decision: 'approve', answers: [{ question_id: q.id, option_id: 'a', custom: 'x' }] }, /not both/],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', path, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(error);
    }
    expect((await client.getImport(companyId, run_id)).status).toBe('needs_attention');
    const answers = parked.needs_attention.questions.map((question) => ({
      question_id: question.id,
      option_id: question.options.at(-1)?.id as string,
    }));
    await client.decideImport(companyId, run_id, { decision: 'approve', answers });
    expect((await client.getImport(companyId, run_id)).status).toBe('completed');
    await expect(client.decideImport(companyId, run_id, { decision: 'approve' })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('ends failed with the report intact when rejected', async () => {
    const { client, companyId, upload } = await company('flagged-rows');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    await client.getImport(companyId, run_id);
    const rejected = await client.decideImport(companyId, run_id, { decision: 'reject' });
    expect(rejected.status).toBe('failed');
    const run = await client.getImport(companyId, run_id);
    expect(run).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/rejected/),
      report: { invalidCellCount: expect.any(Number) },
    });
  });

  it('exports valid rows only by default, all on request, and refuses a missing sheet_id', async () => {
    const { mock, client, companyId, sheetId, upload } = await company('flagged-rows');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts.csv')] });
    await client.getImport(companyId, run_id);
    await client.decideImport(companyId, run_id, { decision: 'reject' });
    const valid = await raw(mock, 'GET', `/companies/${companyId}/export.csv?sheet_id=${sheetId}`);
    const all = await raw(mock, 'GET', `/companies/${companyId}/export.csv?sheet_id=${sheetId}&filter=all`);
    expect(Number(all.headers.get('x-total-records'))).toBe(60);
    expect(Number(valid.headers.get('x-total-records'))).toBeLessThan(60);
    await valid.body?.cancel();
    await all.body?.cancel();
    expect((await raw(mock, 'GET', `/companies/${companyId}/export.csv`)).status).toBe(400);
    expect(
      (await raw(mock, 'GET', `/companies/${companyId}/export.csv?sheet_id=${sheetId}&filter=invalid`))
        .status,
    ).toBe(400);
    expect((await raw(mock, 'GET', `/companies/${companyId}/export.csv?sheet_id=nope`)).status).toBe(404);
  });
});

describe('imports: picking a scenario', () => {
  it('follows x-vernkit-scenario on POST /companies', async () => {
    const { mock, client } = harness();
    const res = await raw(
      mock,
      'POST',
      '/companies',
      { name: 'A', source: SALESFORCE },
      { 'x-vernkit-scenario': 'failure' },
    );
    const { company: c } = await res.json();
    const { run_id } = await client.startImport(c.id, { rows: [{ Email: 'a@b.co', 'Last Name': 'Lee' }] });
    expect((await client.getImport(c.id, run_id)).status).toBe('failed');
    expect(mock.inspect().companies[0]?.scenario).toBe('failure');
  });
});

describe('imports: failure and stale', () => {
  it('fails with a reason in failure', async () => {
    const { client, companyId, upload } = await company('failure');
    const { run_id } = await client.startImport(companyId, { files: [await upload('contacts-clean.csv')] });
    expect(await client.getImport(companyId, run_id)).toMatchObject({
      status: 'failed',
      error: expect.any(String),
    });
  });

  it('is swept to failed "Import timed out" when stale', async () => {
    const h = harness({ scenario: 'stale', speed: 1 });
    const { company: c } = await h.client.provisionCompany({ name: 'A', source: SALESFORCE });
    const { run_id } = await h.client.startImport(c.id, { rows: [{ Email: 'a@b.co' }] });
    h.mock.clock.advance(10_000);
    expect((await h.client.getImport(c.id, run_id)).status).toBe('running');
    expect((await h.client.getActiveImport(c.id))?.run_id).toBe(run_id);
    h.mock.clock.advance(30_000);
    expect(await h.client.getImport(c.id, run_id)).toMatchObject({
      status: 'failed',
      error: 'Import timed out',
    });
    expect(await h.client.getActiveImport(c.id)).toBeNull();
  });
});
