import { createVernClient } from '../client/createVernClient.ts';
import { fakeFetch, json } from '../test/fakeFetch.ts';
import { errorKindForStatus, isVernApiError, VernApiError } from './VernApiError.ts';

const BASE = 'https://app.vern.so/api/v1';

describe('errorKindForStatus', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [409, 'conflict'],
    [410, 'not_found'],
    [413, 'bad_request'],
    [422, 'bad_request'],
    [429, 'rate_limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
  ] as const)('%i → %s', (status, kind) => {
    expect(errorKindForStatus(status)).toBe(kind);
  });
});

describe('errors from responses', () => {
  it.each([
    [400, 'bad_request', 'Unknown template slug(s): contactz'],
    [401, 'auth', 'Invalid API key'],
    [404, 'not_found', 'Migration not found'],
    [409, 'conflict', 'external_id already used'],
    [429, 'rate_limited', 'Too many requests'],
    [500, 'server', 'Internal error'],
  ] as const)('HTTP %i becomes kind %s with the server message', async (status, kind, message) => {
    const client = createVernClient({
      baseUrl: BASE,
      fetch: fakeFetch(json({ error: message }, status)),
      retry: false,
    });
    const error = await client.createMigration({ name: 'Acme' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VernApiError);
    expect(error).toMatchObject({ kind, status, message, method: 'POST', url: `${BASE}/migrations` });
  });

  it('carries the active run id from the 409 that recovers a lost run', async () => {
    const body = { error: 'A run is already in progress for this migration.', run_id: 'run-7' };
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(json(body, 409)) });
    const error = await client.startRun('m1', { kind: 'generate' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'conflict', runId: 'run-7', message: body.error, body });
  });

  it('uses a short plain-text body as the message, never an HTML page', async () => {
    const fetch = fakeFetch(
      new Response('upstream connect error', { status: 503, headers: { 'content-type': 'text/plain' } }),
      new Response('<html><body>Bad Gateway</body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
    );
    const client = createVernClient({ baseUrl: BASE, fetch, retry: false });
    await expect(client.listSources()).rejects.toMatchObject({
      kind: 'server',
      message: 'upstream connect error',
    });
    const error = await client.listSources().catch((e: Error) => e);
    expect(error.message).toBe(`GET ${BASE}/sources failed with HTTP 502`);
  });

  it('names a network failure and keeps its cause', async () => {
    const cause = new TypeError('fetch failed');
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(cause), retry: false });
    const error = await client.listSources().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0, cause });
    expect((error as Error).message).toContain(`${BASE}/sources`);
  });
});

describe('invalid responses', () => {
  it('names the field path that failed', async () => {
    const body = { status: 'awaiting_approval', sheets: [{ template: { name: 'Contacts' }, rows: 'nope' }] };
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(json(body)) });
    const error = await client.getPreview('m1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200, path: 'sheets[0].rows', body });
    expect((error as Error).message).toContain('sheets[0].rows');
  });

  it('names a nested run field', async () => {
    const body = { run_id: 'r1', status: 'completed', report: { inserted: 'lots' } };
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(json(body)) });
    const error = await client.getRun('m1', 'r1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid_response', path: 'report.inserted' });
    expect((error as Error).message).toMatch(
      /report\.inserted: Invalid input: expected number, received string$/,
    );
  });

  it('rejects a body that is not JSON at all', async () => {
    const fetch = fakeFetch(new Response('<!doctype html><title>Login</title>', { status: 200 }));
    const client = createVernClient({ baseUrl: BASE, fetch });
    const error = await client.listSources().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid_response', path: '' });
    expect((error as Error).message).toMatch(/expected JSON/);
  });

  it('rejects an empty body', async () => {
    const client = createVernClient({ baseUrl: BASE, fetch: fakeFetch(new Response('', { status: 200 })) });
    await expect(client.listTemplates()).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});

describe('isVernApiError', () => {
  it('recognises the class and rejects look-alikes', () => {
    expect(isVernApiError(new VernApiError({ kind: 'server', status: 500, message: 'x' }))).toBe(true);
    expect(isVernApiError(new Error('x'))).toBe(false);
    expect(isVernApiError({ kind: 'server' })).toBe(false);
  });
});
