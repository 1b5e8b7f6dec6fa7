import { describe, expect, it } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { checkPath } from './safePath.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern } from './testing/fakeVern.ts';

const M = 'c0a8012e-4f1b-4d3a-9b2c-7e6f5a4b3c2d';

/** As a browser or attacker could put them on the wire, below `basePath`. */
const NASTY: string[] = [
  `/migrations/${M}/../other/preview`,
  `/migrations/${M}/%2e%2e/other/preview`,
  `/migrations/${M}/%2E%2E/other/preview`,
  `/migrations/${M}/.%2e/other/preview`,
  `/migrations/${M}/%2e./other/preview`,
  `/migrations/${M}/./preview`,
  `/migrations/${M}%2fpreview`,
  `/migrations/${M}%2Fruns`,
  `/migrations/${M}%5cpreview`,
  `/migrations/${M}\\..\\preview`,
  `/migrations/${M}/%252e%252e/preview`,
  `/migrations/${M}%252fpreview`,
  `/migrations/%00${M}/preview`,
  `/migrations/${M}%0d%0aX-Injected:%201/preview`,
  `/migrations//${M}/preview`,
  `//evil.example/migrations/${M}/preview`,
  `/migrations/${M}/preview/..`,
  '/sources/Legacy%2fCRM/pin',
  '/sources/%E0%A4%A/pin',
  '/templates/con tacts',
  '/templates/"contacts"',
];

/** Well-formed paths whose parameters are not ids or slugs. */
const BAD_PARAMS = ['/templates/%3Cscript%3E', `/migrations/${M}/exports/..csv`, '/migrations/%20/preview'];

describe('path checks', () => {
  it.each(NASTY)('refuses the raw path %s', (path) => {
    expect(checkPath(`/api/vern${path}`).ok).toBe(false);
  });

  it('accepts documented paths and decodes each segment once', () => {
    expect(checkPath('/api/vern/sources/Legacy%20CRM%20(v2)/pin')).toEqual({
      ok: true,
      segments: ['api', 'vern', 'sources', 'Legacy CRM (v2)', 'pin'],
    });
    expect(checkPath('/')).toEqual({ ok: true, segments: [] });
  });

  it.each([...NASTY, ...BAD_PARAMS])(
    'never forwards %s unchecked, whatever URL normalization did to it',
    async (path) => {
      const vern = fakeVern();
      const authorized: string[] = [];
      const proxy = createVernProxy({
        apiKey: API_KEY,
        baseUrl: BASE_URL,
        basePath: '/api/vern',
        fetch: vern.fetch,
        authorize: (_r, target) => {
          authorized.push(target.path);
          return true;
        },
      });
      let request: Request;
      try {
        request = browserRequest(`/api/vern${path}`);
      } catch {
        return; // The URL parser itself refused it: nothing could reach the proxy.
      }
      const response = await proxy(request);
      if (response.status === 200) {
        // `Request` resolved the dots before the proxy saw them (the Node adapter refuses them
        // raw): what went out is a documented path, and exactly the one `authorize` approved.
        expect(vern.calls).toHaveLength(1);
        expect(vern.calls[0]?.url).toMatch(new RegExp(`^${BASE_URL}/migrations/[\\w-]+/preview$`));
        expect(vern.calls[0]?.url).toBe(BASE_URL + authorized[0]);
      } else {
        expect([400, 404]).toContain(response.status);
        expect(vern.calls).toHaveLength(0);
      }
    },
  );

  it('re-encodes parameters for Vern instead of copying the browser’s path', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    await proxy(
      browserRequest('/sources/Legacy%20CRM%20(v2)/pin', { method: 'POST', json: { run_id: null } }),
    );
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/sources/Legacy%20CRM%20(v2)/pin`);
  });

  it('always sends to baseUrl’s host, whatever host the request names', async () => {
    const vern = fakeVern();
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    await proxy(new Request('http://evil.example:8080/templates', { headers: { host: 'evil.example' } }));
    expect(vern.calls[0]?.url).toBe(`${BASE_URL}/templates`);
  });
});
