import type { ThreadEvent } from '@vernkit/core';
import { migrationWake, tick } from '../engine/simulation.ts';
import type { MigrationRecord } from '../engine/store.ts';
import type { RouteHandler } from './context.ts';
import { migrationOf } from './lookup.ts';
import { readThreadQuery } from './threadQuery.ts';

const ACTIVE = new Set(['queued', 'running']);

/** With an `sse-drop` fault, the connection dies after this many events (before `done`). */
const EVENTS_BEFORE_DROP = 1;

function hasActiveRun(migration: MigrationRecord): boolean {
  for (const run of migration.runs.values()) if (ACTIVE.has(run.status)) return true;
  return false;
}

/**
 * `GET /thread/stream`: the backlog after `after`, then new events as the run produces
 * them, then `event: done` once no run is active (a run that blocks counts as not
 * active). Closes without `done` after the stream budget; the client reconnects with
 * `after`. Timers sleep until the next scheduled step and all stop when the stream ends.
 */
export const streamThread: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const { after, include } = readThreadQuery(ctx.url);
  const { sim, settings, request } = ctx;
  const path = ctx.url.pathname.slice(settings.basePath.length);
  const drop = ctx.faults.take('sse-drop', request.method.toUpperCase(), path) !== null;
  const encoder = new TextEncoder();
  let cursor = after;
  let sent = 0;
  let closed = false;
  let dropPending = false;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let budget: ReturnType<typeof setTimeout> | undefined;

  const cleanup = () => {
    closed = true;
    clearTimeout(wakeTimer);
    clearInterval(heartbeat);
    clearTimeout(budget);
    request.signal.removeEventListener('abort', cleanup);
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        cleanup();
        controller.close();
      };
      // Erroring a stream discards what is still queued: the drop waits until the client has read it (`pull`).
      const dropConnection = () => {
        if (closed) return;
        cleanup();
        dropPending = true;
        if ((controller.desiredSize ?? 0) > 0)
          controller.error(new TypeError('The thread stream connection was lost'));
      };
      const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

      const pump = () => {
        if (closed) return;
        try {
          tick(sim);
          const page = migration.thread.page(cursor, include, Number.POSITIVE_INFINITY);
          for (const event of page.events as ThreadEvent[]) {
            if (drop && sent >= EVENTS_BEFORE_DROP) return dropConnection();
            write(frame(event.type, event));
            sent += 1;
          }
          if (page.last_sequence !== null) cursor = page.last_sequence;
          if (!hasActiveRun(migration)) {
            if (drop) return dropConnection();
            write(frame('done', { last_sequence: migration.thread.lastSequence }));
            return close();
          }
          const wake = migrationWake(migration);
          const delay = wake === null ? settings.heartbeatMs : Math.max(0, wake - sim.clock.now());
          wakeTimer = setTimeout(pump, Math.min(delay, settings.heartbeatMs));
        } catch (error) {
          console.error('[vernkit-mock] thread stream failed', error);
          write(frame('error', { error: 'The thread stream hit an internal error' }));
          close();
        }
      };

      request.signal.addEventListener('abort', cleanup);
      heartbeat = setInterval(() => write(': keep-alive\n\n'), settings.heartbeatMs);
      budget = setTimeout(close, settings.streamBudgetMs);
      write(': connected\n\n');
      pump();
    },
    pull(controller) {
      if (!dropPending) return;
      dropPending = false;
      controller.error(new TypeError('The thread stream connection was lost'));
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
};
