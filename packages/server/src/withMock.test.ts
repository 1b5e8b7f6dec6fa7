import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock, type VernMock } from '@vernkit/mock';
import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import type { VernProxy } from './types.ts';

const KEY = 'test-key-for-the-mock';
const CSV =
  'First Name,Last Name,Email,Phone\nJane,Doe,jane@acme.com,555-0100\nJohn,Roe,john@acme.com,555-0101\n';

/**
 * The browser's view end to end: `@vernkit/core`'s client talks only to the proxy, the proxy
 * talks to `@vernkit/mock` (a simulated Vern that checks `x-api-key`), uploads go through the relay.
 */
function setup() {
  const mock: VernMock = createVernMock({ apiKey: KEY, speed: 0, rateLimit: false });
  const owners = new Map<string, string>();
  const seen: string[] = [];
  const proxy: VernProxy = createVernProxy({
    apiKey: KEY,
    baseUrl: 'https://vern.test/api/v1',
    basePath: '/api/vern',
    fetch: (url, init) => mock.fetch(url, init),
    uploadRelay: true,
    authorize: (request, target) => {
      // The client's headers are not sent with an upload PUT (it may go straight to storage):
      // a header-authenticated host trusts the signed relay link, which only an authorized
      // createUploads could mint, for this migration, for an hour.
      if (target.operation === 'uploadFile') return true;
      const tenant = request.headers.get('x-tenant') ?? '';
      if (target.scope === 'migration') return owners.get(target.migrationId ?? '') === tenant;
      if (target.scope === 'company') return owners.get(target.companyId ?? '') === tenant;
      if (target.operation === 'createMigration')
        return { allow: true, createMigration: { external_id: tenant } };
      if (target.operation === 'provisionCompany')
        return { allow: true, provisionCompany: { external_id: tenant } };
      return target.readOnly;
    },
    onCreated: (_request, event) => {
      if (event.operation === 'createMigration') owners.set(event.migrationId, event.externalId ?? '');
      if (event.operation === 'provisionCompany') owners.set(event.companyId, event.externalId ?? '');
    },
  });
  const browserFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(
      new URL(String(input instanceof Request ? input.url : input), 'http://app.test'),
      init,
    );
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    const response = await proxy(request);
    return response;
  };
  const clientFor = (tenant: string): VernClient =>
    createVernClient({
      baseUrl: 'http://app.test/api/vern',
      headers: { 'x-tenant': tenant },
      fetch: browserFetch,
      uploadTransport: 'fetch',
      retry: { retries: 0 },
    } as Parameters<typeof createVernClient>[0]);
  return { mock, clientFor, seen };
}

describe('the proxy in front of @vernkit/mock', () => {
  it('runs a whole migration for the browser without the browser ever holding the key', async () => {
    const { mock, clientFor, seen } = setup();
    const client = clientFor('tenant-a');
    const { migration } = await client.createMigration({ name: 'Acme', external_id: 'ignored' });
    expect(migration.external_id ?? 'tenant-a').toBe('tenant-a');

    const uploads = await client.uploadFiles(migration.id, [
      new File([CSV], 'contacts.csv', { type: 'text/csv' }),
    ]);
    expect(uploads[0]?.signed_url).toMatch(/^\/api\/vern\/_relay\/upload\?token=/);
    expect(mock.inspect().migrations[0]?.files).toEqual(['contacts.csv']);

    const started = await client.startRun(migration.id, { kind: 'generate' });
    expect(started.poll_url).toBe(`/api/vern/migrations/${migration.id}/runs/${started.run_id}`);
    mock.settle();
    let run = await client.getRun(migration.id, started.run_id);
    if (run.status === 'blocked' && run.questions.length > 0) {
      await client.answerQuestions(
        migration.id,
        started.run_id,
        run.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep as is' })),
      );
      mock.settle();
      run = await client.getRun(migration.id, started.run_id);
    }
    expect(run.status).toBe('awaiting_approval');
    const preview = await client.getPreview(migration.id);
    expect(preview.sheets.length).toBeGreaterThan(0);

    await client.startRun(migration.id, { kind: 'execute' });
    mock.settle();
    run = await client.getRun(migration.id, started.run_id);
    expect(run.status).toBe('completed');

    const slug =
      migration.templates.find((t) => t.slug === 'contacts')?.slug ??
      migration.templates[0]?.slug ??
      'contacts';
    const csv = await client.exportCsv(migration.id, slug, { filter: 'all' });
    const text = await new Response(csv.body as BodyInit).text();
    expect(text).toContain('jane@acme.com');

    expect(seen.every((line) => line.includes(' /api/vern/'))).toBe(true);
  });

  it('keeps tenants apart on the same mock', async () => {
    const { clientFor } = setup();
    const a = clientFor('tenant-a');
    const b = clientFor('tenant-b');
    const { migration } = await a.createMigration({ name: 'Acme' });
    await expect(b.getPreview(migration.id)).rejects.toMatchObject({ status: 403 });
    await expect(b.listFiles(migration.id)).rejects.toMatchObject({ status: 403 });
    await expect(b.exportCsv(migration.id, 'contacts')).rejects.toMatchObject({ status: 403 });
    const own = await b.createMigration({ name: 'Beta' });
    expect(own.migration.id).not.toBe(migration.id);
  });

  it('answers 502, not 401, when the server’s key is wrong', async () => {
    const mock = createVernMock({ apiKey: 'the-right-key', speed: 0 });
    const proxy = createVernProxy({
      apiKey: 'the-wrong-key',
      fetch: (u, i) => mock.fetch(u, i),
      authorize: () => true,
    });
    const response = await proxy(new Request('http://app.test/templates'));
    expect(response.status).toBe(502);
  });
});
