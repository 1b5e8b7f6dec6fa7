import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { toNodeHandler } from '@vernkit/server/node';
import sirv from 'sirv';
import type { DemoConfig } from './config.ts';
import { createDemoApi } from './demoApi.ts';
import { createDemoProxy } from './demoProxy.ts';
import { createHostDb } from './hostDb.ts';
import { createSessions } from './sessions.ts';

export const APP_ROOT = path.resolve(import.meta.dirname, '..');

type Next = () => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export interface DemoServer {
  server: http.Server;
  close(): Promise<void>;
}

/**
 * The demo host's Node server: its `/api` (config, sessions, and in real mode the Vern proxy
 * at `/api/vern`), then the page, from Vite in middleware mode or from the built `dist/`.
 */
export async function createDemoServer(
  config: DemoConfig,
  log: (line: string) => void = console.info,
): Promise<DemoServer> {
  const db = createHostDb();
  const sessions = createSessions(config.sessionSecret);
  const proxy =
    config.mode === 'real' && config.apiKey
      ? createDemoProxy({ apiKey: config.apiKey, apiUrl: config.apiUrl, db, sessions, log })
      : null;
  const api = toNodeHandler(createDemoApi({ mode: config.mode, db, sessions, proxy }));

  let page: Middleware = notFound;
  const server = http.createServer((req, res) =>
    api(req, res, () => page(req, res, () => notFound(req, res))),
  );
  let closeVite = async () => {};

  if (config.serve === 'vite') {
    const { createServer } = await import('vite');
    const vite = await createServer({
      root: APP_ROOT,
      configFile: path.join(APP_ROOT, 'vite.config.ts'),
      appType: 'spa',
      server: { middlewareMode: true, ws: { server } },
    });
    page = vite.middlewares;
    closeVite = () => vite.close();
  } else {
    const dist = path.join(APP_ROOT, 'dist');
    if (!existsSync(path.join(dist, 'index.html'))) {
      log('  The app is not built: run `pnpm --filter @vernkit/demo run build` (or start without --dist).');
    }
    // sirv lists the folder once at start; a missing build serves a hint instead.
    const serveDist = existsSync(dist) ? sirv(dist, { single: true, etag: true, dev: false }) : notBuilt;
    page = (req, res, next) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      serveDist(req, res, next);
    };
  }

  return {
    server,
    async close() {
      await closeVite();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The built page runs under a strict CSP: the kit needs no inline script and no third-party origin. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    // The kit injects its appearance `rules` as a <style> element.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

function notBuilt(_req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = 503;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('The demo app is not built. Run: pnpm --filter @vernkit/demo run build');
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Not found');
}
