import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeFetch, json } from '../test/fakeFetch.ts';
import { createVernClient } from './createVernClient.ts';
import type { VernClient } from './VernClient.ts';

const BASE = 'https://app.vern.so/api/v1';
const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '__fixtures__', file), 'utf8'));

const run = { run_id: 'r1', status: 'running', message: 'Working' };
const accepted = { run_id: 'r1', status: 'queued', poll_url: `${BASE}/migrations/m1/runs/r1` };
const resumed = { run_id: 'r1', status: 'running' };
const connection = fixture('current/source-connection.response-201.json');

type Case = [
  name: string,
  call: (c: VernClient) => Promise<unknown>,
  method: string,
  url: string,
  body: unknown,
  response: unknown,
];

const cases: Case[] = [
  ['listSources', (c) => c.listSources(), 'GET', '/sources', undefined, { sources: [] }],
  [
    'pinSource',
    (c) => c.pinSource('Legacy CRM / EU', 'r1'),
    'POST',
    '/sources/Legacy%20CRM%20%2F%20EU/pin',
    { run_id: 'r1' },
    { source: 'Legacy CRM / EU', pinned_recipe_run_id: 'r1' },
  ],
  [
    'pinSource (unpin)',
    (c) => c.pinSource('Salesforce', null),
    'POST',
    '/sources/Salesforce/pin',
    { run_id: null },
    { source: 'Salesforce', pinned_recipe_run_id: null },
  ],
  ['listTemplates', (c) => c.listTemplates(), 'GET', '/templates', undefined, { templates: [] }],
  [
    'getTemplate',
    (c) => c.getTemplate('contacts'),
    'GET',
    '/templates/contacts',
    undefined,
    { slug: 'contacts', name: 'Contacts' },
  ],
  [
    'createUploads',
    (c) => c.createUploads('m1', [{ name: 'a.csv', content_type: 'text/csv' }]),
    'POST',
    '/migrations/m1/files',
    { files: [{ name: 'a.csv', content_type: 'text/csv' }] },
    { files: [{ name: 'a.csv', storage_path: 'p', signed_url: 'https://s/x' }] },
  ],
  ['listFiles', (c) => c.listFiles('m1'), 'GET', '/migrations/m1/files', undefined, { files: [] }],
  [
    'startRun',
    (c) => c.startRun('m1', { kind: 'update', message: 'Trim phones' }),
    'POST',
    '/migrations/m1/runs',
    { kind: 'update', message: 'Trim phones' },
    accepted,
  ],
  ['getRun', (c) => c.getRun('m1', 'r1'), 'GET', '/migrations/m1/runs/r1', undefined, run],
  [
    'cancelRun',
    (c) => c.cancelRun('m1', 'r1'),
    'PATCH',
    '/migrations/m1/runs/r1',
    { status: 'cancel_requested' },
    { run_id: 'r1', status: 'canceled' },
  ],
  [
    'answerQuestions',
    (c) => c.answerQuestions('m1', 'r1', [{ id: 'q1', value: 'Open' }]),
    'POST',
    '/migrations/m1/runs/r1/messages',
    { answers: [{ id: 'q1', value: 'Open' }] },
    resumed,
  ],
  [
    'submitCredentials',
    (c) => c.submitCredentials('m1', 'r1', { credentials: { token: 't' } }),
    'POST',
    '/migrations/m1/runs/r1/credentials',
    { credentials: { token: 't' } },
    resumed,
  ],
  [
    'getSourceConnection',
    (c) => c.getSourceConnection('m1', { profile_id: 'workbook' }),
    'GET',
    '/migrations/m1/source-connection?profile_id=workbook',
    undefined,
    connection,
  ],
  [
    'saveSourceConnection',
    (c) => c.saveSourceConnection('m1', { source_key: 'salesforce' }),
    'POST',
    '/migrations/m1/source-connection',
    { source_key: 'salesforce' },
    connection,
  ],
  [
    'deleteSourceConnection',
    (c) => c.deleteSourceConnection('m1', { source_key: 'hubspot' }),
    'DELETE',
    '/migrations/m1/source-connection?source_key=hubspot',
    undefined,
    { deleted: true },
  ],
  [
    'getPreview',
    (c) => c.getPreview('m1'),
    'GET',
    '/migrations/m1/preview',
    undefined,
    fixture('current/get-the-preview.response.json'),
  ],
  [
    'getThread',
    (c) => c.getThread('m1', { after: 1042, include: 'tools' }),
    'GET',
    '/migrations/m1/thread?after=1042&include=tools',
    undefined,
    { events: [], last_sequence: 1042 },
  ],
  [
    'provisionCompany',
    (c) => c.provisionCompany({ name: 'Acme', source: 'src-uuid' }),
    'POST',
    '/companies',
    { name: 'Acme', source: 'src-uuid' },
    fixture('imports-preview/provision-a-company.response-201.json'),
  ],
  [
    'createImportUpload',
    (c) => c.createImportUpload('c1', { name: 'a.csv', size: 10 }),
    'POST',
    '/companies/c1/uploads',
    { name: 'a.csv', size: 10 },
    { upload_url: 'https://s/u', upload_ref: 'ref' },
  ],
  [
    'startImport',
    (c) => c.startImport('c1', { files: [{ name: 'a.csv', upload_ref: 'ref' }], idempotency_key: 'k1' }),
    'POST',
    '/companies/c1/imports',
    { files: [{ name: 'a.csv', upload_ref: 'ref' }], idempotency_key: 'k1' },
    accepted,
  ],
  [
    'getImport',
    (c) => c.getImport('c1', 'r1'),
    'GET',
    '/companies/c1/imports/r1',
    undefined,
    fixture('imports-preview/poll-an-import.needs-attention.json'),
  ],
  [
    'getActiveImport',
    (c) => c.getActiveImport('c1'),
    'GET',
    '/companies/c1/imports?status=active',
    undefined,
    { run: null },
  ],
  [
    'listImports',
    (c) => c.listImports('c1', { cursor: 'next', limit: 20 }),
    'GET',
    '/companies/c1/imports?cursor=next&limit=20',
    undefined,
    { runs: [] },
  ],
  [
    'decideImport',
    (c) => c.decideImport('c1', 'r1', { decision: 'reject' }),
    'POST',
    '/companies/c1/imports/r1/decisions',
    { decision: 'reject' },
    accepted,
  ],
];

describe('endpoints', () => {
  it.each(cases)('%s sends the documented request', async (_name, call, method, url, body, response) => {
    const fetch = fakeFetch(json(response));
    await call(createVernClient({ baseUrl: BASE, fetch }));
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]).toMatchObject({ method, url: `${BASE}${url}` });
    expect(fetch.calls[0]?.body === undefined ? undefined : JSON.parse(fetch.calls[0].body)).toEqual(body);
  });

  it('covers every method of the client', () => {
    const client = createVernClient({ baseUrl: BASE });
    const methods = Object.keys(client).filter((k) => typeof client[k as keyof VernClient] === 'function');
    const covered = new Set([
      ...cases.map(([name]) => name.split(' ')[0]),
      // Tested in their own files:
      ...['createMigration', 'getRunByUrl', 'getImportByUrl', 'streamThread', 'uploadFile', 'uploadFiles'],
      ...['exportUrl', 'exportCsv', 'importExportUrl', 'exportImportCsv'],
      // http/transport.test.ts
      'subscribeRetries',
    ]);
    expect(methods.filter((m) => !covered.has(m))).toEqual([]);
  });
});

describe('createMigration', () => {
  it('reports created: true on 201 and false when external_id returned an existing migration (200)', async () => {
    const body = fixture('current/create-a-migration.response-201.json');
    const fetch = fakeFetch(json(body, 201), json(body, 200));
    const client = createVernClient({ baseUrl: BASE, fetch });
    const first = await client.createMigration({ name: 'Acme Corp', external_id: 'acme-001' });
    const again = await client.createMigration({ name: 'Acme Corp', external_id: 'acme-001' });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.migration.id).toBe('c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d');
  });

  it('rejects a malformed external_id before sending, naming the field', async () => {
    const fetch = fakeFetch();
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.createMigration({ name: 'Acme', external_id: 'has spaces' })).rejects.toMatchObject({
      kind: 'bad_request',
      status: 0,
      path: 'external_id',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('sends unknown extra fields as given instead of stripping them', async () => {
    const fetch = fakeFetch(json(fixture('current/create-a-migration.response-201.json'), 201));
    const body = { name: 'Acme', region: 'eu' } as Parameters<VernClient['createMigration']>[0];
    await createVernClient({ baseUrl: BASE, fetch }).createMigration(body);
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({ name: 'Acme', region: 'eu' });
  });
});

describe('runs', () => {
  it('rejects an update without a message before sending', async () => {
    const fetch = fakeFetch();
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.startRun('m1', { kind: 'update', message: ' ' })).rejects.toMatchObject({
      kind: 'bad_request',
      path: 'message',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('fills a missing run_id from the URL (the docs show poll excerpts without it)', async () => {
    const fetch = fakeFetch(json(fixture('current/answer-questions.blocked-question-poll.json')));
    const polled = await createVernClient({ baseUrl: BASE, fetch }).getRun('m1', 'run-42');
    expect(polled).toMatchObject({ run_id: 'run-42', status: 'blocked', blocked_reason: 'question' });
  });

  it('returns an unknown status as a typed `unknown` run', async () => {
    const fetch = fakeFetch(json({ run_id: 'r1', status: 'hibernating' }));
    expect(await createVernClient({ baseUrl: BASE, fetch }).getRun('m1', 'r1')).toMatchObject({
      status: 'unknown',
      raw_status: 'hibernating',
    });
  });

  it('polls a poll_url as given, absolute or relative', async () => {
    const fetch = fakeFetch(json(run), json(fixture('imports-preview/poll-an-import.completed.json')));
    const client = createVernClient({ baseUrl: BASE, fetch });
    await client.getRunByUrl(`${BASE}/migrations/m1/runs/r1`);
    const imported = await client.getImportByUrl('/api/v1/companies/c1/imports/r9');
    expect(fetch.calls.map((c) => c.url)).toEqual([
      `${BASE}/migrations/m1/runs/r1`,
      `${BASE}/companies/c1/imports/r9`,
    ]);
    expect(imported).toMatchObject({ status: 'completed', run_id: 'r9' });
  });

  it('rejects answers that are empty before sending', async () => {
    const fetch = fakeFetch();
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.answerQuestions('m1', 'r1', [])).rejects.toMatchObject({ kind: 'bad_request' });
    await expect(client.submitCredentials('m1', 'r1', { credentials: {} })).rejects.toMatchObject({
      kind: 'bad_request',
      path: 'credentials',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('never puts submitted secrets into the error it raises', async () => {
    const fetch = fakeFetch(json({ error: 'This run is not awaiting credentials.' }, 409));
    const client = createVernClient({ baseUrl: BASE, fetch });
    const error = await client
      .submitCredentials('m1', 'r1', { credentials: { client_secret: 'hunter2' } })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain('hunter2');
    expect((error as Error).message).not.toContain('hunter2');
  });
});

describe('catalogue', () => {
  it('reads a single template wrapped in a { template } envelope too', async () => {
    const fetch = fakeFetch(json({ template: { slug: 'contacts', name: 'Contacts', columns: [] } }));
    expect(await createVernClient({ baseUrl: BASE, fetch }).getTemplate('contacts')).toMatchObject({
      slug: 'contacts',
    });
  });

  it('keeps a source name with a slash as one path segment', async () => {
    const fetch = fakeFetch(json({ source: 'a/b', pinned_recipe_run_id: null }));
    await createVernClient({ baseUrl: BASE, fetch }).pinSource('a/b', null);
    expect(new URL(fetch.calls[0]?.url ?? '').pathname).toBe('/api/v1/sources/a%2Fb/pin');
  });
});

describe('uploads', () => {
  it('fails clearly when Vern mints fewer signed URLs than files asked for', async () => {
    const fetch = fakeFetch(json({ files: [] }, 201));
    await expect(
      createVernClient({ baseUrl: BASE, fetch }).createUploads('m1', [{ name: 'a.csv' }]),
    ).rejects.toMatchObject({ kind: 'invalid_response', path: 'files' });
  });
});

describe('createVernClient', () => {
  it('normalises the base URL and exposes it', () => {
    expect(createVernClient({ baseUrl: 'https://app.vern.so/api/v1/' }).baseUrl).toBe(BASE);
  });

  it('uses the global fetch, looked up at call time', async () => {
    const fetch = fakeFetch(json({ sources: [] }));
    const client = createVernClient({ baseUrl: BASE });
    vi.stubGlobal('fetch', fetch);
    try {
      await client.listSources();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch.calls).toHaveLength(1);
  });
});
