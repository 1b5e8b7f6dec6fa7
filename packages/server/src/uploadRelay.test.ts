import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVernProxy } from './createVernProxy.ts';
import { createRelaySigner } from './relayToken.ts';
import { API_KEY, BASE_URL, browserRequest, fakeVern, type RecordedCall } from './testing/fakeVern.ts';
import type { VernProxyOptions } from './types.ts';

const MIG_A = '11111111-1111-4111-8111-111111111111';
const MIG_B = '22222222-2222-4222-8222-222222222222';
const CO_A = '44444444-4444-4444-8444-444444444444';
const SIGNED = 'https://storage.vern.test/object/upload/sign/workbooks/abc/contacts.csv?token=st0rage';

function relayHost(options: Partial<VernProxyOptions> = {}) {
  const vern = fakeVern((call: RecordedCall) => {
    if (call.url.startsWith('https://storage.vern.test/'))
      return Response.json({ Key: 'workbooks/abc/contacts.csv' });
    if (call.url.endsWith('/uploads'))
      return Response.json({ upload_url: SIGNED, upload_ref: 'ref-1' }, { status: 201 });
    return Response.json(
      { files: [{ name: 'contacts.csv', storage_path: 'workbooks/abc', signed_url: SIGNED, token: 'ey' }] },
      { status: 201 },
    );
  });
  const proxy = createVernProxy({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    basePath: '/api/vern',
    fetch: vern.fetch,
    uploadRelay: true,
    authorize: (request, target) => {
      const tenant = request.headers.get('cookie')?.replace('session=', '');
      const owner = { [MIG_A]: 'a', [MIG_B]: 'b', [CO_A]: 'a' }[target.migrationId ?? target.companyId ?? ''];
      return owner === tenant;
    },
    ...options,
  });
  return { proxy, vern };
}

async function mintLink(
  proxy: ReturnType<typeof relayHost>['proxy'],
  migrationId = MIG_A,
  tenant = 'a',
): Promise<string> {
  const response = await proxy(
    browserRequest(`/api/vern/migrations/${migrationId}/files`, {
      method: 'POST',
      json: { files: [{ name: 'contacts.csv', content_type: 'text/csv' }] },
      headers: { cookie: `session=${tenant}` },
    }),
  );
  const body = await response.json();
  return body.files[0].signed_url as string;
}

afterEach(() => vi.useRealTimers());

describe('upload relay', () => {
  it('swaps the signed URL for a relay link and streams the file to the storage URL Vern minted', async () => {
    const { proxy, vern } = relayHost();
    const link = await mintLink(proxy);
    expect(link).toMatch(/^\/api\/vern\/_relay\/upload\?token=[\w-]+\.[\w-]+$/);
    expect(link).not.toContain('storage.vern.test');

    const response = await proxy(
      browserRequest(link, {
        method: 'PUT',
        body: 'Email\njane@acme.com\n',
        headers: { cookie: 'session=a', 'content-type': 'text/csv' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const put = vern.calls.at(-1);
    expect(put).toMatchObject({
      url: SIGNED,
      method: 'PUT',
      body: 'Email\njane@acme.com\n',
      redirect: 'manual',
    });
    expect(put?.headers.get('content-type')).toBe('text/csv');
    // Storage gets the file, never the Vern key or the user's cookie.
    expect(put?.headers.get('x-api-key')).toBeNull();
    expect(put?.headers.get('cookie')).toBeNull();
  });

  it('relays the imports preview’s upload_url too', async () => {
    const { proxy, vern } = relayHost();
    const response = await proxy(
      browserRequest(`/api/vern/companies/${CO_A}/uploads`, {
        method: 'POST',
        json: { name: 'c.csv' },
        headers: { cookie: 'session=a' },
      }),
    );
    const { upload_url: link, upload_ref } = await response.json();
    expect(upload_ref).toBe('ref-1');
    const put = await proxy(
      browserRequest(link, { method: 'PUT', body: 'a,b\n', headers: { cookie: 'session=a' } }),
    );
    expect(put.status).toBe(200);
    expect(vern.calls.at(-1)?.url).toBe(SIGNED);
  });

  it('refuses a link used by another tenant', async () => {
    const { proxy, vern } = relayHost();
    const link = await mintLink(proxy);
    const calls = vern.calls.length;
    const response = await proxy(
      browserRequest(link, { method: 'PUT', body: 'x', headers: { cookie: 'session=b' } }),
    );
    expect(response.status).toBe(403);
    expect(vern.calls).toHaveLength(calls);
  });

  it.each([
    [
      'a forged token',
      (link: string) =>
        link.replace(
          /token=[\w-]+\./,
          'token=eyJ1IjoiaHR0cHM6Ly9ldmlsLmV4YW1wbGUvIiwibSI6IjExIiwiZSI6OTk5OTk5OTk5OX0.',
        ),
    ],
    ['a tampered signature', (link: string) => `${link.slice(0, -2)}AA`],
    ['no token', (link: string) => link.split('?')[0] as string],
    ['garbage', () => '/api/vern/_relay/upload?token=%%%'],
  ])('refuses %s without touching storage', async (_label, mutate) => {
    const { proxy, vern } = relayHost();
    const link = mutate(await mintLink(proxy));
    const calls = vern.calls.length;
    const response = await proxy(
      browserRequest(link, { method: 'PUT', body: 'x', headers: { cookie: 'session=a' } }),
    );
    expect([400, 403]).toContain(response.status);
    expect(vern.calls).toHaveLength(calls);
  });

  it('cannot be pointed at a URL of the browser’s choosing, even with a valid signature for another secret', async () => {
    const { proxy, vern } = relayHost({ uploadRelay: { secret: 'the-real-secret-0123456789' } });
    const attacker = createRelaySigner('attacker-secret-0123456789');
    const token = await attacker.sign({ u: 'https://evil.example/steal', m: MIG_A, e: 9_999_999_999 });
    const response = await proxy(
      browserRequest(`/api/vern/_relay/upload?token=${token}`, {
        method: 'PUT',
        body: 'x',
        headers: { cookie: 'session=a' },
      }),
    );
    expect(response.status).toBe(403);
    expect(vern.calls).toHaveLength(0);
  });

  it('expires links after ttlSeconds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-19T15:00:00Z'));
    const { proxy } = relayHost({ uploadRelay: { ttlSeconds: 60 } });
    const link = await mintLink(proxy);
    vi.setSystemTime(new Date('2026-06-19T15:01:01Z'));
    const response = await proxy(
      browserRequest(link, { method: 'PUT', body: 'x', headers: { cookie: 'session=a' } }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'This upload link is invalid or has expired' });
  });

  it('refuses files over maxBytes and methods other than PUT', async () => {
    const { proxy } = relayHost({ uploadRelay: { maxBytes: 10 } });
    const link = await mintLink(proxy);
    const big = await proxy(
      browserRequest(link, { method: 'PUT', body: 'x'.repeat(11), headers: { cookie: 'session=a' } }),
    );
    expect(big.status).toBe(413);
    const post = await proxy(
      browserRequest(link, { method: 'POST', body: 'x', headers: { cookie: 'session=a' } }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('PUT');
  });

  it('drops a signed URL that is not https instead of relaying or returning it', async () => {
    const vern = fakeVern(() =>
      Response.json({ files: [{ name: 'a.csv', signed_url: 'file:///etc/passwd' }] }, { status: 201 }),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      uploadRelay: true,
      authorize: () => true,
    });
    const response = await proxy(
      browserRequest(`/migrations/${MIG_A}/files`, { method: 'POST', json: { files: [{ name: 'a.csv' }] } }),
    );
    expect(await response.json()).toEqual({ files: [{ name: 'a.csv' }] });
  });

  it('is off by default: the relay path is just not found and signed URLs pass through', async () => {
    const vern = fakeVern(() =>
      Response.json({ files: [{ name: 'a.csv', signed_url: SIGNED }] }, { status: 201 }),
    );
    const proxy = createVernProxy({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: vern.fetch,
      authorize: () => true,
    });
    const response = await proxy(
      browserRequest(`/migrations/${MIG_A}/files`, { method: 'POST', json: { files: [{ name: 'a.csv' }] } }),
    );
    expect((await response.json()).files[0].signed_url).toBe(SIGNED);
    expect((await proxy(browserRequest('/_relay/upload?token=x', { method: 'PUT', body: 'x' }))).status).toBe(
      404,
    );
  });
});
