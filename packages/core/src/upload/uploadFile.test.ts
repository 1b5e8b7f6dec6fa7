import { createVernClient } from '../client/createVernClient.ts';
import type { UploadProgress } from '../client/VernClient.ts';
import { fakeFetch, hangUntilAborted, json } from '../test/fakeFetch.ts';

const BASE = 'https://app.vern.so/api/v1';
const SIGNED = 'https://storage.vern.so/object/upload/sign/wb/contacts.csv?token=secret-token';
const signed = (name: string, extra: object = {}) => ({
  name,
  storage_path: `workbooks/wb/${name}`,
  signed_url: `https://storage.vern.so/object/upload/sign/wb/${name}?token=t-${name}`,
  content_type: 'text/csv',
  ...extra,
});
const csv = (text: string) => new Blob([text], { type: 'text/csv' });

/** Just enough XMLHttpRequest to drive the browser path from Node. */
class FakeXhr {
  static instances: FakeXhr[] = [];
  static respond: (xhr: FakeXhr) => void = (xhr) => xhr.finish(200, '');
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } =
    {
      onprogress: null,
    };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: Blob | undefined;
  status = 0;
  responseText = '';
  aborted = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.instances.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: Blob) {
    this.body = body;
    queueMicrotask(() => FakeXhr.respond(this));
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number) {
    this.upload.onprogress?.({ loaded, total: this.body?.size ?? 0, lengthComputable: true });
  }
  finish(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.instances = [];
  FakeXhr.respond = (xhr) => xhr.finish(200, '');
});

describe('uploadFile over fetch (Node, edge)', () => {
  it('PUTs the bytes with the declared content type and reports start and end', async () => {
    const fetch = fakeFetch(new Response(null, { status: 200 }));
    const progress: UploadProgress[] = [];
    const client = createVernClient({ baseUrl: BASE, fetch });
    await client.uploadFile(signed('contacts.csv'), csv('a,b\n1,2\n'), {
      onProgress: (p) => progress.push(p),
    });
    expect(fetch.calls[0]).toMatchObject({ method: 'PUT', url: signed('contacts.csv').signed_url });
    expect(fetch.calls[0]?.headers.get('content-type')).toBe('text/csv');
    expect(fetch.calls[0]?.headers.has('x-api-key')).toBe(false);
    expect(progress).toEqual([
      { loaded: 0, total: 8 },
      { loaded: 8, total: 8 },
    ]);
  });

  it('never sends the API key to storage', async () => {
    const fetch = fakeFetch(new Response(null, { status: 200 }));
    await createVernClient({ baseUrl: BASE, fetch, apiKey: 'sk_live' }).uploadFile(SIGNED, csv('x'));
    expect(fetch.calls[0]?.headers.has('x-api-key')).toBe(false);
  });

  it('names the file when storage rejects it, without leaking the token', async () => {
    const fetch = fakeFetch(
      json(
        {
          statusCode: '413',
          error: 'Payload too large',
          message: 'The object exceeded the maximum allowed size',
        },
        413,
      ),
    );
    const error = await createVernClient({ baseUrl: BASE, fetch })
      .uploadFile(signed('huge.csv'), csv('x'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'bad_request',
      status: 413,
      fileName: 'huge.csv',
      message: 'Storage rejected "huge.csv" (HTTP 413): The object exceeded the maximum allowed size',
    });
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(
      't-huge.csv',
    );
  });

  it('reads an S3-style XML refusal and treats an expired URL as the file’s problem, not auth', async () => {
    const xml =
      '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>';
    const fetch = fakeFetch(
      new Response(xml, { status: 403, headers: { 'content-type': 'application/xml' } }),
    );
    await expect(
      createVernClient({ baseUrl: BASE, fetch }).uploadFile(SIGNED, csv('x')),
    ).rejects.toMatchObject({
      kind: 'bad_request',
      message: 'Storage rejected "contacts.csv" (HTTP 403): Request has expired',
    });
  });

  it('reports a network failure as kind network naming the file', async () => {
    const fetch = fakeFetch(new TypeError('fetch failed'));
    await expect(
      createVernClient({ baseUrl: BASE, fetch }).uploadFile(signed('a.csv'), csv('x')),
    ).rejects.toMatchObject({ kind: 'network', status: 0, fileName: 'a.csv' });
  });

  it('aborts with the signal reason', async () => {
    const fetch = fakeFetch(hangUntilAborted);
    const controller = new AbortController();
    const upload = createVernClient({ baseUrl: BASE, fetch }).uploadFile(SIGNED, csv('x'), {
      signal: controller.signal,
    });
    controller.abort(new DOMException('User canceled', 'AbortError'));
    await expect(upload).rejects.toThrow('User canceled');
  });

  it('guesses a content type when the blob has none', async () => {
    const fetch = fakeFetch(new Response(null, { status: 200 }));
    const bare = new Blob(['x']);
    await createVernClient({ baseUrl: BASE, fetch }).uploadFile(
      { name: 'sheet.xlsx', storage_path: 'p', signed_url: SIGNED },
      bare,
    );
    expect(fetch.calls[0]?.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('rejects a target without a signed URL before sending', async () => {
    const fetch = fakeFetch();
    await expect(createVernClient({ baseUrl: BASE, fetch }).uploadFile('', csv('x'))).rejects.toMatchObject({
      kind: 'bad_request',
    });
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('uploadFile over XMLHttpRequest (browsers)', () => {
  it('reports real upload progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.respond = (xhr) => {
      xhr.progress(4);
      xhr.progress(8);
      xhr.finish(200, '');
    };
    const progress: UploadProgress[] = [];
    await createVernClient({ baseUrl: BASE, fetch: fakeFetch() }).uploadFile(
      signed('c.csv'),
      csv('12345678'),
      {
        onProgress: (p) => progress.push(p),
      },
    );
    expect(FakeXhr.instances[0]).toMatchObject({ method: 'PUT', headers: { 'content-type': 'text/csv' } });
    expect(progress.map((p) => p.loaded)).toEqual([0, 4, 8, 8]);
  });

  it('names the file when storage rejects it', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.respond = (xhr) =>
      xhr.finish(400, '{"error":"InvalidMimeType","message":"mime type not supported"}');
    await expect(
      createVernClient({ baseUrl: BASE, fetch: fakeFetch() }).uploadFile(signed('x.pdf'), csv('x')),
    ).rejects.toMatchObject({
      kind: 'bad_request',
      fileName: 'x.pdf',
      message: expect.stringContaining('mime type'),
    });
  });

  it('aborts the XHR when the signal aborts', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.respond = () => undefined;
    const controller = new AbortController();
    const upload = createVernClient({ baseUrl: BASE, fetch: fakeFetch() }).uploadFile(SIGNED, csv('x'), {
      signal: controller.signal,
    });
    await Promise.resolve();
    controller.abort(new DOMException('Stop', 'AbortError'));
    await expect(upload).rejects.toThrow('Stop');
    expect(FakeXhr.instances[0]?.aborted).toBe(true);
  });

  it('uses fetch anyway when the client asks for it', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const fetch = fakeFetch(new Response(null, { status: 200 }));
    await createVernClient({ baseUrl: BASE, fetch, uploadTransport: 'fetch' }).uploadFile(SIGNED, csv('x'));
    expect(FakeXhr.instances).toHaveLength(0);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('uploadFiles', () => {
  it('mints one URL per file in one call, then PUTs each with per-file progress', async () => {
    const fetch = fakeFetch(
      json({ files: [signed('a.csv'), signed('b.csv', { content_type: 'text/plain' })] }, 201),
      new Response(null, { status: 200 }),
      new Response(null, { status: 200 }),
    );
    const onProgress = vi.fn();
    const uploads = await createVernClient({ baseUrl: BASE, fetch }).uploadFiles(
      'm1',
      [
        new File(['1'], 'a.csv', { type: 'text/csv' }),
        { name: 'b.csv', blob: new Blob(['22']), contentType: 'text/plain' },
      ],
      { onProgress },
    );
    expect(uploads.map((u) => u.name)).toEqual(['a.csv', 'b.csv']);
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual({
      files: [
        { name: 'a.csv', content_type: 'text/csv' },
        { name: 'b.csv', content_type: 'text/plain' },
      ],
    });
    expect(fetch.calls.slice(1).map((c) => [c.method, c.url, c.headers.get('content-type')])).toEqual([
      ['PUT', signed('a.csv').signed_url, 'text/csv'],
      ['PUT', signed('b.csv').signed_url, 'text/plain'],
    ]);
    expect(onProgress).toHaveBeenCalledWith('b.csv', { loaded: 2, total: 2 }, 1);
  });

  it('keeps two files with the same name apart by position', async () => {
    const fetch = fakeFetch(
      json(
        {
          files: [
            signed('data.csv', { signed_url: 'https://s/1' }),
            signed('data.csv', { signed_url: 'https://s/2' }),
          ],
        },
        201,
      ),
      new Response(null, { status: 200 }),
      new Response(null, { status: 200 }),
    );
    await createVernClient({ baseUrl: BASE, fetch }).uploadFiles(
      'm1',
      [new File(['first'], 'data.csv'), new File(['second!'], 'data.csv')],
      { concurrency: 1 },
    );
    expect(fetch.calls.slice(1).map((c) => c.url)).toEqual(['https://s/1', 'https://s/2']);
  });

  it('fails naming the rejected file and stops the others', async () => {
    const fetch = fakeFetch(
      json({ files: [signed('ok.csv'), signed('bad.csv'), signed('later.csv')] }, 201),
      new Response(null, { status: 200 }),
      json({ message: 'invalid signature' }, 400),
    );
    const error = await createVernClient({ baseUrl: BASE, fetch })
      .uploadFiles(
        'm1',
        [new File(['1'], 'ok.csv'), new File(['2'], 'bad.csv'), new File(['3'], 'later.csv')],
        {
          concurrency: 1,
        },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      fileName: 'bad.csv',
      message: 'Storage rejected "bad.csv" (HTTP 400): invalid signature',
    });
    expect(fetch.calls).toHaveLength(3);
  });

  it('uploads everything even with a nonsensical concurrency', async () => {
    const fetch = fakeFetch(
      json({ files: [signed('a.csv'), signed('b.csv')] }, 201),
      new Response(null, { status: 200 }),
      new Response(null, { status: 200 }),
    );
    await createVernClient({ baseUrl: BASE, fetch }).uploadFiles(
      'm1',
      [new File(['1'], 'a.csv'), new File(['2'], 'b.csv')],
      {
        concurrency: Number.NaN,
      },
    );
    expect(fetch.calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });

  it('rejects an empty list and a malformed entry before asking Vern for anything', async () => {
    const fetch = fakeFetch();
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.uploadFiles('m1', [])).rejects.toMatchObject({ kind: 'bad_request' });
    await expect(
      client.uploadFiles('m1', [{ name: 'a.csv', blob: 'not a blob' } as unknown as File]),
    ).rejects.toMatchObject({ kind: 'bad_request', path: 'files[0]' });
    expect(fetch.calls).toHaveLength(0);
  });
});
