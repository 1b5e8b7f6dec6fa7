import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';
import type { VernProxyTarget } from './types.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';
const R = 'd4c3b2a1-9f8e-47d6-b5a4-c3d2e1f0a9b8';
const C = '7a1c2b3d-4e5f-4061-8a9b-0c1d2e3f4a5b';

/** Every endpoint in `openapi.json` and `imports-preview/*.mdx`, as the browser calls it. */
const DOCUMENTED: Array<[method: string, path: string, operation: string, upstream?: string]> = [
  ['GET', '/sources', 'listSources'],
  ['POST', '/sources/Legacy%20CRM/pin', 'pinSource'],
  ['GET', '/templates', 'listTemplates'],
  ['GET', '/templates/contacts', 'getTemplate'],
  ['POST', '/migrations', 'createMigration'],
  ['POST', `/migrations/${M}/files`, 'createUploads'],
  ['GET', `/migrations/${M}/files`, 'listFiles'],
  ['POST', `/migrations/${M}/runs`, 'startRun'],
  ['GET', `/migrations/${M}/runs/${R}`, 'getRun'],
  ['PATCH', `/migrations/${M}/runs/${R}`, 'cancelRun'],
  ['POST', `/migrations/${M}/runs/${R}/messages`, 'answerRun'],
  ['POST', `/migrations/${M}/runs/${R}/credentials`, 'submitCredentials'],
  ['GET', `/migrations/${M}/source-connection?source_key=salesforce`, 'getSourceConnection'],
  ['POST', `/migrations/${M}/source-connection`, 'saveSourceConnection'],
  ['DELETE', `/migrations/${M}/source-connection?profile_id=workbook`, 'deleteSourceConnection'],
  ['GET', `/migrations/${M}/preview`, 'getPreview'],
  [
    'GET',
    `/migrations/${M}/thread?after=1042`,
    'getThread',
    `/migrations/${M}/thread?after=1042&include=user`,
  ],
  ['GET', `/migrations/${M}/thread/stream`, 'streamThread', `/migrations/${M}/thread/stream?include=user`],
  ['GET', `/migrations/${M}/exports/contacts.csv?filter=invalid`, 'exportCsv'],
  ['POST', '/companies', 'provisionCompany'],
  ['POST', `/companies/${C}/uploads`, 'createImportUpload'],
  ['POST', `/companies/${C}/imports`, 'startImport'],
  ['GET', `/companies/${C}/imports?status=active`, 'listImports'],
  ['GET', `/companies/${C}/imports/${R}`, 'getImport'],
  ['POST', `/companies/${C}/imports/${R}/decisions`, 'submitDecision'],
  ['GET', `/companies/${C}/export.csv?sheet_id=${C}&filter=all`, 'exportImportCsv'],
];

function setup() {
  const vern = fakeVern();
  const seen: VernProxyTarget[] = [];
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    basePath: '/api/vern',
    fetch: vern.fetch,
    authorize: (_request, target) => {
      seen.push(target);
      return true;
    },
  });
  return { proxy, vern, seen };
}

describe('allow-list', () => {
  it.each(DOCUMENTED)('forwards %s %s as %s', async (method, path, operation, upstream) => {
    const { proxy, vern, seen } = setup();
    const hasBody = method === 'POST' || method === 'PATCH';
    const response = await proxy(
      browserRequest(`/api/vern${path}`, { method, json: hasBody ? { x: 1 } : undefined }),
    );

    expect(response.status).toBe(200);
    expect(seen.map((t) => t.operation)).toEqual([operation]);
    expect(vern.calls).toHaveLength(1);
    expect(vern.calls[0]?.method).toBe(method);
    expect(vern.calls[0]?.url).toBe(BASE_URL + (upstream ?? path));
  });

  it('covers every operation in the table exactly once', () => {
    const operations = DOCUMENTED.map(([, , op]) => op);
    expect(new Set(operations).size).toBe(operations.length);
    expect(operations).toHaveLength(26);
  });

  it.each([
    ['GET', '/migrations', 405, 'POST'],
    ['GET', `/migrations/${M}/runs`, 405, 'POST'],
    ['DELETE', `/migrations/${M}/runs/${R}`, 405, 'GET, PATCH'],
    ['POST', '/templates', 405, 'GET'],
    ['PUT', `/migrations/${M}/files`, 405, 'GET, POST'],
    ['HEAD', '/sources', 405, 'GET'],
    ['OPTIONS', '/templates', 405, 'GET'],
    ['GET', `/companies/${C}/imports/${R}/decisions`, 405, 'POST'],
  ])('refuses %s %s with %i', async (method, path, status, allow) => {
    const { proxy, vern } = setup();
    const response = await proxy(browserRequest(`/api/vern${path}`, { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe(allow);
    if (method !== 'HEAD') expect(await response.json()).toEqual({ error: 'Method not allowed' });
    expect(vern.calls).toHaveLength(0);
  });

  it.each([
    `/migrations/${M}`,
    `/migrations/${M}/runs/${R}/messages/extra`,
    `/migrations/${M}/thread/stream/more`,
    `/companies/${C}`,
    `/companies/${C}/export.zip`,
    `/companies/${C}/exports/contacts.csv`,
    '/api/v1/migrations',
    '/admin',
    '/',
    '/sources/Legacy/unpin',
    '/writers',
  ])('answers 404 for the undocumented GET %s', async (path) => {
    const { proxy, vern } = setup();
    const response = await proxy(browserRequest(`/api/vern${path === '/' ? '' : path}`));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Not found' });
    expect(vern.calls).toHaveLength(0);
  });

  it('answers 404 outside basePath and never forwards', async () => {
    const { proxy, vern } = setup();
    for (const path of ['/sources', '/api/vernx/sources', '/api/sources', '/api/v1/sources']) {
      const response = await proxy(browserRequest(path));
      expect(response.status, path).toBe(404);
    }
    expect(vern.calls).toHaveLength(0);
  });

  it.each([
    [`/migrations/${M}/exports/contacts.json`, 'Invalid export file name (expected `<template_slug>.csv`)'],
    [`/migrations/${M}/exports/.csv`, 'Invalid export file name (expected `<template_slug>.csv`)'],
    ['/migrations/not%20an%20id/preview', 'Invalid migration id'],
    [`/migrations/${M}/runs/-starts-with-dash`, 'Invalid run id'],
    ['/templates/contacts.v2', 'Invalid template slug'],
  ])('answers 400 for a malformed parameter in %s', async (path, error) => {
    const { proxy, vern } = setup();
    const response = await proxy(browserRequest(`/api/vern${path}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
    expect(vern.calls).toHaveLength(0);
  });

  it('drops undocumented query parameters and rejects malformed documented ones', async () => {
    const { proxy, vern } = setup();
    await proxy(
      browserRequest(`/api/vern/migrations/${M}/exports/contacts.csv?filter=all&_=123&redirect=https://evil`),
    );
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/migrations/${M}/exports/contacts.csv?filter=all`);

    const bad = await proxy(browserRequest(`/api/vern/migrations/${M}/thread?after=12abc`));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Query parameter "after" is invalid' });
    const twice = await proxy(
      browserRequest(`/api/vern/migrations/${M}/exports/contacts.csv?filter=all&filter=valid`),
    );
    expect(twice.status).toBe(400);
    expect(vern.calls).toHaveLength(1);
  });

  it('serves the root when basePath is empty', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: `${BASE_URL}/`,
      fetch: vern.fetch,
      authorize: () => true,
    });
    expect(proxy.basePath).toBe('');
    expect((await proxy(browserRequest('/templates'))).status).toBe(200);
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/templates`);
  });

  it('fails at startup on a bad configuration', () => {
    const authorize = () => true;
    expect(() => createVernProxy({ apiKey: '', authorize })).toThrow(/apiKey/);
    expect(() => createVernProxy({ apiKey: 'has space', authorize })).toThrow(/apiKey/);
    expect(() => createVernProxy({ apiKey: API_KEY } as never)).toThrow(/authorize/);
    expect(() => createVernProxy({ apiKey: API_KEY, authorize, baseUrl: 'app.vern.so' })).toThrow(/baseUrl/);
    expect(() => createVernProxy({ apiKey: API_KEY, authorize, baseUrl: 'ftp://x/api' })).toThrow(/baseUrl/);
    expect(() => createVernProxy({ apiKey: API_KEY, authorize, basePath: '/api/../x' })).toThrow(/basePath/);
    expect(() => createVernProxy({ apiKey: API_KEY, authorize, maxBodyBytes: 0 })).toThrow(/maxBodyBytes/);
    expect(() =>
      createVernProxy({ apiKey: API_KEY, authorize, allowThreadInclude: ['everything' as never] }),
    ).toThrow(/allowThreadInclude/);
  });
});
