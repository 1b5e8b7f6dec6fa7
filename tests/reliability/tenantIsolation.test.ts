import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock, sampleFile } from '@vernkit/mock';
import { createVernProxy } from '@vernkit/server';

const KEY = 'vk_live_server_side_only_9f8e7d6c';
const HOST = 'https://crm.example';

/**
 * A host app: `@vernkit/server` in front of a simulated Vern that checks the key, and an
 * `authorize` that lets each signed-in tenant reach only what it created (recorded through
 * `onCreated`), hiding everything else behind a 404. Each tenant's browser runs the kit's real
 * client against the proxy; every byte that comes back to a browser is kept for inspection.
 */
function host() {
  const mock = createVernMock({ apiKey: KEY, speed: 0, rateLimit: false });
  const owners = new Map<string, string>();
  const proxy = createVernProxy({
    apiKey: KEY,
    baseUrl: 'https://vern.test/api/v1',
    basePath: '/api/vern',
    fetch: (url, init) => mock.fetch(url, init),
    authorize: (request, target) => {
      const tenant = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      if (!tenant) return { allow: false, status: 401, error: 'Your session has expired' };
      if (target.scope === 'migration') {
        return owners.get(target.migrationId ?? '') === tenant || { allow: false, status: 404 };
      }
      if (target.operation === 'createMigration') {
        return { allow: true, createMigration: { external_id: `${tenant}-onboarding` } };
      }
      return target.readOnly;
    },
    onCreated: (request, event) => {
      const tenant = /session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      if (event.operation === 'createMigration' && tenant) owners.set(event.migrationId, tenant);
    },
  });
  const received: string[] = [];
  const browser = (tenant: string): VernClient =>
    createVernClient({
      baseUrl: `${HOST}/api/vern`,
      headers: { cookie: `session=${tenant}` },
      retry: false,
      uploadTransport: 'fetch',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        // Signed upload URLs point at storage, which the browser PUTs to directly.
        const response = request.url.startsWith(HOST) ? await proxy(request) : await mock.fetch(request);
        const copy = response.clone();
        received.push(JSON.stringify([...copy.headers]), await copy.text());
        return response;
      },
    });
  return { mock, browser, received };
}

async function runToPreview(client: VernClient, mock: ReturnType<typeof host>['mock']) {
  const { migration } = await client.createMigration({
    name: 'Acme',
    external_id: 'whatever',
    templates: ['contacts'],
  });
  const { bytes } = sampleFile('contacts-clean.csv');
  await client.uploadFiles(migration.id, [new File([bytes.slice()], 'contacts.csv', { type: 'text/csv' })]);
  const { run_id: runId } = await client.startRun(migration.id, { kind: 'generate' });
  mock.settle();
  expect((await client.getRun(migration.id, runId)).status).toBe('awaiting_approval');
  return { migrationId: migration.id, runId };
}

describe('tenant isolation through authorize', () => {
  it("refuses another tenant's migration, run, preview, thread and export, and changes nothing", async () => {
    const { mock, browser } = host();
    const alice = browser('alice');
    const mallory = browser('mallory');
    const { migrationId, runId } = await runToPreview(alice, mock);
    const before = JSON.stringify(mock.inspect());

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['read the run', () => mallory.getRun(migrationId, runId)],
      ['cancel the run', () => mallory.cancelRun(migrationId, runId)],
      ['answer for the run', () => mallory.answerQuestions(migrationId, runId, 'Use Mobile')],
      [
        'send credentials',
        () => mallory.submitCredentials(migrationId, runId, { credentials: { token: 'x' } }),
      ],
      ['execute it', () => mallory.startRun(migrationId, { kind: 'execute' })],
      ['refine it', () => mallory.startRun(migrationId, { kind: 'update', message: 'Drop every row' })],
      ['read the preview', () => mallory.getPreview(migrationId)],
      ['read the thread', () => mallory.getThread(migrationId)],
      [
        'stream the thread',
        async () => {
          for await (const _ of mallory.streamThread(migrationId)) break;
        },
      ],
      ['export it', () => mallory.exportCsv(migrationId, 'contacts', { filter: 'all' })],
      ['list its files', () => mallory.listFiles(migrationId)],
      ['upload into it', () => mallory.createUploads(migrationId, [{ name: 'evil.csv' }])],
      ['read its source connection', () => mallory.getSourceConnection(migrationId)],
    ];
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toMatchObject({ kind: 'not_found', status: 404 });
    }
    // Nothing moved: same runs, same status, same files, same thread.
    expect(JSON.stringify(mock.inspect())).toBe(before);

    // Creating "the same" migration gives Mallory her own, not Alice's.
    const { migration } = await mallory.createMigration({ name: 'Acme', external_id: 'alice-onboarding' });
    expect(migration.id).not.toBe(migrationId);
    // And Alice still reaches hers.
    expect((await alice.getPreview(migrationId)).sheets.length).toBeGreaterThan(0);
  });

  it('answers a request without a session with 401 and the host’s message, before reaching Vern', async () => {
    const { mock, browser } = host();
    const alice = browser('alice');
    const { migrationId, runId } = await runToPreview(alice, mock);
    const anonymous = createVernClient({
      baseUrl: `${HOST}/api/vern`,
      retry: false,
      fetch: (input, init) => createVernProxyFor(mock)(new Request(input, init)),
    });
    await expect(anonymous.getRun(migrationId, runId)).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
      message: 'Your session has expired',
    });
  });

  it('never hands the API key to a browser, in any header or body', async () => {
    const { mock, browser, received } = host();
    const alice = browser('alice');
    const { migrationId, runId } = await runToPreview(alice, mock);
    await alice.getThread(migrationId, { include: 'tools' });
    for await (const _ of alice.streamThread(migrationId)) {
      // drain to `done`
    }
    await alice.startRun(migrationId, { kind: 'execute' });
    mock.settle();
    expect((await alice.getRun(migrationId, runId)).status).toBe('completed');
    const csv = await alice.exportCsv(migrationId, 'contacts', { filter: 'all' });
    received.push(await new Response(csv.body).text());
    await browser('mallory')
      .getPreview(migrationId)
      .catch(() => undefined);

    expect(received.length).toBeGreaterThan(20);
    for (const text of received) expect(text).not.toContain(KEY);
  });
});

function createVernProxyFor(mock: ReturnType<typeof host>['mock']) {
  return createVernProxy({
    apiKey: KEY,
    baseUrl: 'https://vern.test/api/v1',
    basePath: '/api/vern',
    fetch: (url, init) => mock.fetch(url, init),
    authorize: (request) =>
      request.headers.get('cookie') ? true : { allow: false, status: 401, error: 'Your session has expired' },
  });
}
