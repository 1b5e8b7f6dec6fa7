import { FileListSchema, SignedUploadListSchema } from '@vernkit/core';
import { harness, raw } from '../test/harness.ts';

async function minted(names = ['contacts.csv']) {
  const h = harness();
  const { migration } = await h.client.createMigration({ name: 'Acme' });
  const res = await raw(h.mock, 'POST', `/migrations/${migration.id}/files`, {
    files: names.map((name) => ({ name, content_type: 'text/csv' })),
  });
  expect(res.status).toBe(201);
  return { ...h, id: migration.id, files: SignedUploadListSchema.parse(await res.json()).files };
}

describe('files', () => {
  it('mints one single-use signed URL per file on the storage origin', async () => {
    const { id, files } = await minted(['contacts.csv', 'companies.xlsx']);
    expect(files.map((f) => f.name)).toEqual(['contacts.csv', 'companies.xlsx']);
    for (const f of files) {
      expect(f.storage_path).toMatch(new RegExp(`^workbooks/${id}/[0-9a-f-]{36}-`));
      expect(f.signed_url).toMatch(
        /^https:\/\/storage\.vern-mock\.invalid\/storage\/v1\/object\/upload\/sign\/workbooks\//,
      );
      expect(f.signed_url).toContain(`token=${f.token}`);
    }
  });

  it('lists a file only once its bytes landed, with size, type and time', async () => {
    const { mock, client, id, files } = await minted();
    expect(await client.listFiles(id)).toEqual([]);
    const put = await mock.fetch((files[0] as { signed_url: string }).signed_url, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'Email,Surname\na@b.co,Lee\n',
    });
    expect(put.status).toBe(200);
    const listed = FileListSchema.parse(
      await (await raw(mock, 'GET', `/migrations/${id}/files`)).json(),
    ).files;
    expect(listed).toEqual([
      {
        name: 'contacts.csv',
        storage_path: files[0]?.storage_path,
        size: 25,
        content_type: 'text/csv',
        uploaded_at: expect.any(String),
      },
    ]);
  });

  it('refuses a reused, forged or expired signed URL, and any method but PUT', async () => {
    const { mock, files } = await minted(['a.csv', 'b.csv']);
    const [a, b] = files as unknown as [{ signed_url: string }, { signed_url: string }];
    expect((await mock.fetch(a.signed_url, { method: 'PUT', body: 'x,y\n1,2\n' })).status).toBe(200);
    const reused = await mock.fetch(a.signed_url, { method: 'PUT', body: 'x,y\n1,2\n' });
    expect(reused.status).toBe(409);
    const forged = await mock.fetch(b.signed_url.replace(/token=[0-9a-f]+/, 'token=deadbeef'), {
      method: 'PUT',
      body: 'x',
    });
    expect(forged.status).toBe(403);
    expect((await mock.fetch(b.signed_url, { method: 'POST', body: 'x' })).status).toBe(405);
    mock.clock.advance(61 * 60 * 1000);
    const expired = await mock.fetch(b.signed_url, { method: 'PUT', body: 'x,y\n1,2\n' });
    expect(expired.status).toBe(403);
    expect((await expired.json()).error).toMatch(/expired/);
  });

  it('refuses a bad file list with 400', async () => {
    const { mock, client } = harness();
    const { migration } = await client.createMigration({ name: 'Acme' });
    const path = `/migrations/${migration.id}/files`;
    const cases: Array<[unknown, RegExp]> = [
      [{}, /files must be a non-empty array/],
      [{ files: [] }, /files must be a non-empty array/],
      [{ files: [{}] }, /files\[0\]\.name is required/],
      [{ files: ['contacts.csv'] }, /files\[0\] must be an object/],
      [{ files: [{ name: 'a.csv', content_type: 5 }] }, /content_type must be a string/],
    ];
    for (const [body, error] of cases) {
      const res = await raw(mock, 'POST', path, body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(error);
    }
    expect((await raw(mock, 'POST', '/migrations/nope/files', { files: [{ name: 'a' }] })).status).toBe(404);
  });
});
