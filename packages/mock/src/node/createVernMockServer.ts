import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createVernMock } from '../createVernMock.ts';
import { NetworkFault } from '../http/ApiError.ts';
import type { VernMock, VernMockOptions } from '../types.ts';
import { corsHeaders } from './cors.ts';

export interface VernMockServerOptions extends VernMockOptions {
  /** Default 4010; `0` picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: loopback only. */
  host?: string;
  /** CORS for local origins (`true`, the default), off (`false`), or local origins plus these. */
  cors?: boolean | readonly string[];
  /** Called once per request with its method, path (no query) and status: for a log line. */
  onRequest?: (entry: { method: string; path: string; status: number; ms: number }) => void;
}

export interface VernMockServer {
  url: string;
  mock: VernMock;
  close(): Promise<void>;
}

/** Request bodies are read whole; nothing Vern takes is near this. */
const MAX_BODY_BYTES = 60 * 1024 * 1024;

/**
 * The mock as a real HTTP server (`node:http`): the same behaviour as `mock.fetch`, with
 * streamed SSE and CSV (gzip when asked), CORS for local origins, and signed upload URLs
 * pointing back at itself.
 */
export async function createVernMockServer(options: VernMockServerOptions = {}): Promise<VernMockServer> {
  const { port = 4010, host = '127.0.0.1', cors = true, onRequest, ...mockOptions } = options;
  let mock: VernMock | undefined;
  const server = createServer((req, res) => {
    if (!mock) return void res.writeHead(503).end();
    void serve(mock, req, res, cors, onRequest);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostname}:${address.port}`;
  mock = createVernMock({ ...mockOptions, storageOrigin: mockOptions.storageOrigin ?? url });
  return {
    url,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(
  mock: VernMock,
  req: IncomingMessage,
  res: ServerResponse,
  cors: boolean | readonly string[],
  onRequest: VernMockServerOptions['onRequest'],
): Promise<void> {
  const started = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const log = (status: number) =>
    onRequest?.({ method, path, status, ms: Math.round(performance.now() - started) });
  const cross = corsHeaders(req, cors);
  if (method === 'OPTIONS') {
    res.writeHead(204, cross).end();
    return log(204);
  }
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  let response: Response;
  try {
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
      method,
      headers,
      body,
      signal: abort.signal,
    });
    response = await mock.fetch(request);
  } catch (error) {
    if (error instanceof TypeError && error.cause instanceof NetworkFault) {
      req.socket.destroy();
      return log(0);
    }
    if (error instanceof BodyTooLarge) {
      res
        .writeHead(413, { 'content-type': 'application/json', ...cross })
        .end(JSON.stringify({ error: error.message }));
      return log(413);
    }
    console.error('[vernkit-mock] request failed', error);
    res
      .writeHead(500, { 'content-type': 'application/json', ...cross })
      .end(JSON.stringify({ error: 'Internal server error' }));
    return log(500);
  }
  const headers: Record<string, string> = { ...cross };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const gzip =
    (headers['content-type'] ?? '').startsWith('text/csv') &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    delete headers['content-length'];
  }
  res.writeHead(response.status, headers);
  log(response.status);
  if (!response.body) return void res.end();
  res.flushHeaders();
  try {
    const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    if (gzip) await pipeline(source, createGzip(), res);
    else await pipeline(source, res);
  } catch {
    // The stream broke mid-way (an `sse-drop` fault, or the client left): drop the connection too.
    res.destroy();
  }
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge('The request body is too large');
    chunks.push(chunk as Buffer);
  }
  const joined = Buffer.concat(chunks);
  const bytes = new Uint8Array(joined.byteLength);
  bytes.set(joined);
  return bytes;
}
