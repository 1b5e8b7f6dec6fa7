import { createVernClient } from '../client/createVernClient.ts';
import { controlledStream, fakeFetch, json } from '../test/fakeFetch.ts';
import { filenameFromContentDisposition } from './contentDisposition.ts';

const BASE = 'https://app.vern.so/api/v1';

function csvResponse(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', ...headers },
  });
}

describe('exportUrl', () => {
  it('builds the documented URL with an encoded slug and the filter', () => {
    const client = createVernClient({ baseUrl: '/api/vern' });
    expect(client.exportUrl('m1', 'contacts')).toBe('/api/vern/migrations/m1/exports/contacts.csv');
    expect(client.exportUrl('m1', 'deal stages', 'invalid')).toBe(
      '/api/vern/migrations/m1/exports/deal%20stages.csv?filter=invalid',
    );
  });

  it('rejects a filter the API does not know', () => {
    const client = createVernClient({ baseUrl: BASE });
    expect(() => client.exportUrl('m1', 'contacts', 'dirty' as 'all')).toThrow(/export filter/);
  });
});

describe('exportCsv', () => {
  it('returns before the body has finished arriving: the CSV is streamed, not buffered', async () => {
    const live = controlledStream();
    const fetch = fakeFetch(
      csvResponse(live.stream, {
        'x-total-records': '1450',
        'content-disposition': 'attachment; filename="contacts-clean.csv"',
      }),
    );
    const download = await createVernClient({ baseUrl: BASE, fetch }).exportCsv('m1', 'contacts', {
      filter: 'all',
    });
    expect(fetch.calls[0]?.url).toBe(`${BASE}/migrations/m1/exports/contacts.csv?filter=all`);
    expect(fetch.calls[0]?.headers.get('accept')).toBe('text/csv');
    expect(download).toMatchObject({
      totalRecords: 1450,
      filename: 'contacts-clean.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    const text = new Response(download.body).text();
    live.push('Email,Name\r\n');
    live.push('jane@acme.com,Jane\r\n');
    live.close();
    expect(await text).toBe('Email,Name\r\njane@acme.com,Jane\r\n');
  });

  it('falls back to <slug>.csv and a null total when the headers are absent', async () => {
    const fetch = fakeFetch(csvResponse('Email\n'));
    const download = await createVernClient({ baseUrl: BASE, fetch }).exportCsv('m1', 'contacts');
    expect(download.filename).toBe('contacts.csv');
    expect(download.totalRecords).toBeNull();
  });

  it('raises the API error instead of handing back an error page as CSV', async () => {
    const fetch = fakeFetch(json({ error: 'No template with slug contactz' }, 404));
    await expect(
      createVernClient({ baseUrl: BASE, fetch }).exportCsv('m1', 'contactz'),
    ).rejects.toMatchObject({
      kind: 'not_found',
      message: 'No template with slug contactz',
    });
  });
});

describe('exportImportCsv (imports preview)', () => {
  it('exports one sheet as CSV, or the whole workbook as a ZIP', async () => {
    const fetch = fakeFetch(
      csvResponse('a\n', { 'x-total-records': '1' }),
      new Response('PK', { headers: { 'content-type': 'application/zip' } }),
    );
    const client = createVernClient({ baseUrl: BASE, fetch });
    const sheet = await client.exportImportCsv('c1', { sheet_id: 's1', filter: 'valid' });
    const workbook = await client.exportImportCsv('c1');
    expect(fetch.calls.map((c) => c.url)).toEqual([
      `${BASE}/companies/c1/export.csv?sheet_id=s1&filter=valid`,
      `${BASE}/companies/c1/export.csv`,
    ]);
    expect(sheet).toMatchObject({ filename: 'export.csv', totalRecords: 1 });
    expect(workbook).toMatchObject({ filename: 'export.zip', contentType: 'application/zip' });
    expect(client.importExportUrl('c1', { filter: 'all' })).toBe(
      `${BASE}/companies/c1/export.csv?filter=all`,
    );
  });
});

describe('filenameFromContentDisposition', () => {
  it.each([
    ['attachment; filename="contacts.csv"', 'contacts.csv'],
    ['attachment; filename=contacts.csv', 'contacts.csv'],
    ['attachment; filename="fallback.csv"; filename*=UTF-8\'\'Kontakte%20%C3%BC.csv', 'Kontakte ü.csv'],
    ['attachment; filename="quoted \\"name\\".csv"', 'quoted "name".csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename="C:\\\\temp\\\\x.csv"', 'x.csv'],
    ['attachment', null],
    ['attachment; filename=".."', null],
    [null, null],
  ])('%s → %s', (header, expected) => {
    expect(filenameFromContentDisposition(header)).toBe(expected);
  });
});
