import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { API_KEY, BASE_URL, fakeVern } from './testing/fakeVern.ts';

/** Written out again, independently of `routes.ts`: what may ever reach Vern. */
const ID = '[A-Za-z0-9][A-Za-z0-9_-]*';
const ALLOWED: Array<[method: string, path: RegExp, query: string[]]> = [
  ['GET', /^\/sources$/, []],
  ['POST', /^\/sources\/[^/]+\/pin$/, []],
  ['GET', /^\/templates$/, []],
  ['GET', /^\/templates\/[A-Za-z0-9_-]+$/, []],
  ['POST', /^\/migrations$/, []],
  ['POST', new RegExp(`^/migrations/${ID}/files$`), []],
  ['GET', new RegExp(`^/migrations/${ID}/files$`), []],
  ['POST', new RegExp(`^/migrations/${ID}/runs$`), []],
  ['GET', new RegExp(`^/migrations/${ID}/runs/${ID}$`), []],
  ['PATCH', new RegExp(`^/migrations/${ID}/runs/${ID}$`), []],
  ['POST', new RegExp(`^/migrations/${ID}/runs/${ID}/(messages|credentials)$`), []],
  ['GET', new RegExp(`^/migrations/${ID}/source-connection$`), ['source_key', 'profile_id']],
  ['POST', new RegExp(`^/migrations/${ID}/source-connection$`), []],
  ['DELETE', new RegExp(`^/migrations/${ID}/source-connection$`), ['source_key', 'profile_id']],
  ['GET', new RegExp(`^/migrations/${ID}/preview$`), []],
  ['GET', new RegExp(`^/migrations/${ID}/thread(/stream)?$`), ['after', 'include']],
  ['GET', new RegExp(`^/migrations/${ID}/exports/[A-Za-z0-9_-]+\\.csv$`), ['filter']],
  ['POST', /^\/companies$/, []],
  ['POST', new RegExp(`^/companies/${ID}/(uploads|imports)$`), []],
  ['GET', new RegExp(`^/companies/${ID}/imports$`), ['status', 'cursor', 'limit']],
  ['GET', new RegExp(`^/companies/${ID}/imports/${ID}$`), []],
  ['POST', new RegExp(`^/companies/${ID}/imports/${ID}/decisions$`), []],
  ['GET', new RegExp(`^/companies/${ID}/export\\.csv$`), ['sheet_id', 'filter']],
];

function isAllowed(method: string, url: string): boolean {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(BASE_URL).origin || !parsed.pathname.startsWith('/api/v1/')) return false;
  const path = parsed.pathname.slice('/api/v1'.length);
  const entry = ALLOWED.find(([m, re]) => m === method && re.test(path));
  if (!entry) return false;
  return [...parsed.searchParams.keys()].every((k) => entry[2].includes(k));
}

const segment = fc.oneof(
  fc.constantFrom(
    'migrations',
    'companies',
    'runs',
    'imports',
    'thread',
    'stream',
    'preview',
    'exports',
    'contacts.csv',
    'export.csv',
    'files',
    'uploads',
    'decisions',
    'messages',
    'credentials',
    'source-connection',
    'sources',
    'templates',
    'pin',
    'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d',
    '..',
    '.',
    '%2e%2e',
    '%2E.',
    '%2f',
    '%5C',
    '%252e',
    '%00',
    '%zz',
    '%',
    '',
    'a%2Fb',
    '\\',
    'https:',
    '@evil.example',
    '%E2%82%AC',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
);

/** Documented shapes with fuzzed parameters, so a good share of runs reaches Vern. */
const param = fc.oneof(fc.uuid(), segment);
const shaped = fc
  .oneof(
    fc.constant(['templates']),
    fc.tuple(fc.constant('templates'), param),
    fc.tuple(fc.constant('sources'), param, fc.constant('pin')),
    fc.tuple(
      fc.constant('migrations'),
      param,
      fc.constantFrom('files', 'runs', 'preview', 'thread', 'source-connection'),
    ),
    fc.tuple(fc.constant('migrations'), param, fc.constant('runs'), param),
    fc.tuple(
      fc.constant('migrations'),
      param,
      fc.constant('runs'),
      param,
      fc.constantFrom('messages', 'credentials'),
    ),
    fc.tuple(fc.constant('migrations'), param, fc.constant('thread'), fc.constant('stream')),
    fc.tuple(
      fc.constant('migrations'),
      param,
      fc.constant('exports'),
      param.map((p) => `${p}.csv`),
    ),
    fc.tuple(fc.constant('companies'), param, fc.constantFrom('imports', 'uploads', 'export.csv')),
    fc.tuple(
      fc.constant('companies'),
      param,
      fc.constant('imports'),
      param,
      fc.constantFrom('decisions', ''),
    ),
  )
  .map((parts) => [...parts] as string[]);
const path = fc.oneof(shaped, fc.array(segment, { minLength: 0, maxLength: 6 }));

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS'),
  fc.stringMatching(/^[A-Za-z]{1,8}$/),
);
const query = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom('include', 'after', 'filter', 'status', 'sheet_id', 'token', 'url'),
      fc.string({ maxLength: 6 }),
    ),
    fc.oneof(
      fc.constantFrom('all', 'tools', 'user', '12', 'https://evil.example'),
      fc.string({ maxLength: 8 }),
    ),
  ),
  { maxLength: 3 },
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 64 }),
);

function buildRequest(m: string, segments: string[], q: Array<[string, string]>, b: unknown): Request | null {
  const search = new URLSearchParams(q).toString();
  const path = `/api/vern/${segments.join('/')}${search ? `?${search}` : ''}`;
  try {
    const withBody = b !== undefined && m !== 'GET' && m !== 'HEAD';
    return new Request(`http://app.test${path}`, {
      method: m,
      headers: { 'content-type': 'application/json', cookie: 'session=x' },
      body: withBody ? (b as BodyInit) : null,
    });
  } catch {
    return null; // Not a request any runtime would hand the proxy.
  }
}

describe('fuzzing path, method, query and body parsing', () => {
  it('never throws, never answers 5xx, never forwards outside the allow-list', async () => {
    const vern = fakeVern(() => Response.json({ ok: true }));
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      basePath: '/api/vern',
      fetch: vern.fetch,
      authorize: () => true,
    });
    await fc.assert(
      fc.asyncProperty(method, path, query, body, async (m, segs, q, b) => {
        const request = buildRequest(m, segs, q, b);
        fc.pre(request !== null);
        const before = vern.calls.length;
        const response = await proxy(request as Request);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
        expect(await response.text()).not.toContain(API_KEY);
        for (const call of vern.calls.slice(before)) {
          expect(isAllowed(call.method, call.url), `${call.method} ${call.url}`).toBe(true);
          expect(call.headers.get('cookie')).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
    // The generators do reach documented routes, so the allow-list check above was exercised.
    expect(vern.calls.length).toBeGreaterThan(0);
  });

  it('forwards a JSON body exactly when it is one JSON object, and answers 4xx otherwise', async () => {
    const vern = fakeVern(() => Response.json({ run_id: 'r', status: 'running' }));
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
      maxBodyBytes: 512,
    });
    const anyBody = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 80 }),
      fc.uint8Array({ maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(anyBody, async (b) => {
        const before = vern.calls.length;
        const response = await proxy(
          new Request('http://app.test/migrations/m-1/runs/r-1/messages', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: b,
          }),
        );
        const bytes = typeof b === 'string' ? new TextEncoder().encode(b) : b;
        let parsed: unknown;
        try {
          parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          parsed = undefined;
        }
        const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        if (isObject && bytes.byteLength <= 512) {
          expect(response.status).toBe(200);
          expect(JSON.parse(vern.calls.at(-1)?.body ?? '')).toEqual(parsed);
        } else {
          expect([400, 413]).toContain(response.status);
          expect(vern.calls.length).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});
