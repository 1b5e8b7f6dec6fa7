import { sampleFile } from '../data/index.ts';

export type Send = (
  method: string,
  path: string,
  init?: { body?: unknown; headers?: Record<string, string>; url?: string },
) => Promise<Response>;

export interface Row {
  label: string;
  status: number;
  contentType: string;
  body: unknown;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
const TOKEN = /(?<=token=|"token":")[0-9a-f]+|(?<=")(call|task)_[0-9a-z_]+(?=")/g;
const ORIGIN = /https?:\/\/[^/"]+/g;

/** What may differ between two mocks that behaved the same: ids, times, tokens, origins. */
function normalize(text: string): string {
  return text
    .replace(UUID, '<uuid>')
    .replace(TIME, '<time>')
    .replace(TOKEN, '<token>')
    .replace(ORIGIN, '<origin>');
}

async function row(label: string, response: Response): Promise<Row> {
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const text = normalize(await response.text());
  return {
    label,
    status: response.status,
    contentType,
    body: contentType === 'application/json' ? JSON.parse(text) : text,
  };
}

/**
 * The same conversation with Vern, step by step, through any transport. Every row is
 * compared across transports: the mock must behave the same behind `mock.fetch`, the
 * Node server and MSW.
 */
export async function runRequestTable(send: Send): Promise<Row[]> {
  const rows: Row[] = [];
  const json = async (label: string, res: Response) => {
    const r = await row(label, res.clone());
    rows.push(r);
    return res.json();
  };
  rows.push(await row('no key', await send('GET', '/templates', { headers: { 'x-api-key': '' } })));
  rows.push(await row('unknown path', await send('GET', '/nothing')));
  rows.push(await row('wrong method', await send('PUT', '/templates')));
  rows.push(await row('templates', await send('GET', '/templates')));
  rows.push(await row('bad json', await send('POST', '/migrations', { body: '{"name":' })));
  const { migration } = await json(
    'create',
    await send('POST', '/migrations', { body: { name: 'Acme', external_id: 'acme-1' } }),
  );
  rows.push(
    await row(
      'create again',
      await send('POST', '/migrations', { body: { name: 'Acme', external_id: 'acme-1' } }),
    ),
  );
  const m = `/migrations/${migration.id}`;
  rows.push(
    await row('generate without files', await send('POST', `${m}/runs`, { body: { kind: 'generate' } })),
  );
  const { files } = await json(
    'mint',
    await send('POST', `${m}/files`, {
      body: { files: [{ name: 'contacts.csv', content_type: 'text/csv' }] },
    }),
  );
  const file = sampleFile('contacts.csv');
  rows.push(
    await row(
      'put',
      await send('PUT', '', {
        url: files[0].signed_url,
        body: file.bytes,
        headers: { 'content-type': 'text/csv' },
      }),
    ),
  );
  rows.push(await row('list files', await send('GET', `${m}/files`)));
  const run = await json('generate', await send('POST', `${m}/runs`, { body: { kind: 'generate' } }));
  rows.push(await row('generate again', await send('POST', `${m}/runs`, { body: { kind: 'generate' } })));
  rows.push(await row('poll', await send('GET', `${m}/runs/${run.run_id}`)));
  rows.push(
    await row(
      'answer',
      await send('POST', `${m}/runs/${run.run_id}/messages`, {
        body: {
          answers: [
            { id: 'q_contacts_phone_source', value: 'Use "Mobile"' },
            { id: 'q_contacts_status_values', value: "Map them all to 'Open'" },
          ],
        },
      }),
    ),
  );
  rows.push(await row('poll after answer', await send('GET', `${m}/runs/${run.run_id}`)));
  rows.push(await row('thread', await send('GET', `${m}/thread?include=all`)));
  rows.push(await row('stream', await send('GET', `${m}/thread/stream?include=tools`)));
  rows.push(await row('preview', await send('GET', `${m}/preview`)));
  rows.push(await row('execute', await send('POST', `${m}/runs`, { body: { kind: 'execute' } })));
  rows.push(await row('poll executed', await send('GET', `${m}/runs/${run.run_id}`)));
  rows.push(await row('export', await send('GET', `${m}/exports/contacts.csv?filter=all`)));
  rows.push(await row('export bad filter', await send('GET', `${m}/exports/contacts.csv?filter=nope`)));
  rows.push(
    await row(
      'cancel bad body',
      await send('PATCH', `${m}/runs/${run.run_id}`, { body: { status: 'stop' } }),
    ),
  );
  return rows;
}
