import { setupServer } from 'msw/node';
import { createVernMock } from '../createVernMock.ts';
import { API_KEY } from '../test/harness.ts';
import { type Row, runRequestTable, type Send } from '../test/requestTable.ts';
import { createVernMockServer, type VernMockServer } from './createVernMockServer.ts';

const OPTIONS = { apiKey: API_KEY, speed: 0, rateLimit: false } as const;

function sender(fetcher: typeof fetch, base: string): Send {
  return (method, path, init = {}) => {
    const body = init.body;
    return fetcher(init.url ?? `${base}${path}`, {
      method,
      headers: { 'x-api-key': API_KEY, 'content-type': 'application/json', ...init.headers },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || body instanceof Uint8Array
            ? (body as BodyInit)
            : JSON.stringify(body),
    });
  };
}

describe('the same behaviour behind every transport', () => {
  let reference: Row[];

  beforeAll(async () => {
    const mock = createVernMock(OPTIONS);
    reference = await runRequestTable(sender(mock.fetch as typeof fetch, 'https://vern.test/api/v1'));
  });

  it('produces a meaningful reference table through mock.fetch', () => {
    const byLabel = Object.fromEntries(reference.map((r) => [r.label, r.status]));
    expect(byLabel).toMatchObject({
      'no key': 401,
      'unknown path': 404,
      'wrong method': 405,
      create: 201,
      'create again': 200,
      'generate without files': 400,
      mint: 201,
      put: 200,
      generate: 201,
      'generate again': 409,
      answer: 200,
      execute: 201,
      export: 200,
      'export bad filter': 400,
    });
    expect(reference.find((r) => r.label === 'stream')?.contentType).toBe('text/event-stream');
  });

  it('behaves the same as a Node HTTP server', async () => {
    const server: VernMockServer = await createVernMockServer({ ...OPTIONS, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const rows = await runRequestTable(sender(fetch, `${server.url}/api/v1`));
      expect(rows).toEqual(reference);
    } finally {
      await server.close();
    }
  });

  it('behaves the same behind MSW (msw/node setupServer)', async () => {
    const mock = createVernMock(OPTIONS);
    const msw = setupServer(...mock.handlers);
    msw.listen({ onUnhandledFrame: 'error' });
    try {
      const rows = await runRequestTable(sender(fetch, 'https://api.vern.test/api/v1'));
      expect(rows).toEqual(reference);
    } finally {
      msw.close();
    }
  });
});
