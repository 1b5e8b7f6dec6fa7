import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { errorResponse } from './jsonResponse.ts';
import { checkPath, rawPathOf } from './safePath.ts';

export type WebHandler = ((request: Request) => Promise<Response>) & { readonly basePath?: string };

/** `(req, res, next?)`: plain `http.createServer`, Express, Connect, Fastify's `raw` objects. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

type MaybeExpressRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Adapts a Web handler (such as `createVernProxy(…)`) to Node's `http` API, streaming both
 * ways: request bodies are not buffered, response chunks (SSE frames, CSV rows) are written
 * as they arrive with backpressure, and a client that goes away cancels the upstream request.
 *
 * With `next` (Express), requests outside the proxy's `basePath` are passed on.
 *
 * @example
 * app.use(toNodeHandler(createVernProxy({ apiKey, basePath: '/api/vern', authorize })));
 */
export function toNodeHandler(handler: WebHandler): NodeHandler {
  return (req, res, next) => {
    run(handler, req as MaybeExpressRequest, res, next).catch((error: unknown) => {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ error: 'Internal proxy error' }));
      } else res.destroy();
    });
  };
}

async function run(
  handler: WebHandler,
  req: MaybeExpressRequest,
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
): Promise<void> {
  // Express strips the mount path from `req.url`; the proxy's `basePath` is the full path.
  const target = req.originalUrl ?? req.url ?? '/';
  const rawPath = rawPathOf(target);
  if (next && handler.basePath !== undefined && !isUnder(rawPath, handler.basePath)) return next();

  // Checked on the raw target: `new Request()` would resolve `..` away before the handler sees it.
  const checked = checkPath(rawPath);
  if (!checked.ok) return send(res, errorResponse(400, checked.error));

  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });

  const host =
    typeof req.headers.host === 'string' && HOST.test(req.headers.host) ? req.headers.host : 'localhost';
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers: toHeaders(req),
    signal: controller.signal,
  };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = requestBody(req);
    init.duplex = 'half';
  }
  const response = await handler(new Request(`${protocol}://${host}${target}`, init));
  await send(res, response, controller.signal);
}

function isUnder(path: string, basePath: string): boolean {
  return basePath === '' || path === basePath || path.startsWith(`${basePath}/`);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    // HTTP/2 pseudo-headers (`:path`) are not headers.
    if (name.startsWith(':')) continue;
    try {
      headers.append(name, raw[i + 1] as string);
    } catch {
      // A header value Node accepted but the Fetch API refuses: dropped, never forwarded anyway.
    }
  }
  return headers;
}

/** The body as a stream, or what a body parser that ran first (express.json()) left behind. */
function requestBody(req: MaybeExpressRequest): BodyInit | null {
  if (!req.readableEnded) return Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
  const parsed = req.body;
  if (parsed === undefined || parsed === null) return null;
  if (typeof parsed === 'string') return parsed;
  if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
  return JSON.stringify(parsed);
}

async function send(res: ServerResponse, response: Response, signal?: AbortSignal): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  // Send the status line now: an SSE client must see the stream open before the first event.
  res.flushHeaders();
  const reader = response.body.getReader();
  const stop = () => reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    // The upstream broke off mid-body: end the connection so the client sees a truncated response.
    res.destroy();
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
