import { json } from '../http/respond.ts';
import type { RouteHandler } from './context.ts';
import { migrationOf } from './lookup.ts';
import { readThreadQuery } from './threadQuery.ts';

/** `GET /thread`: a page of events after a cursor, filtered by `include`. */
export const getThread: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const { after, include } = readThreadQuery(ctx.url);
  return json(migration.thread.page(after, include));
};
