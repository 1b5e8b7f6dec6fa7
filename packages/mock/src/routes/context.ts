import type { Simulation } from '../engine/simulation.ts';
import type { FaultBook } from '../faults/FaultBook.ts';
import type { Params } from '../http/router.ts';

export interface MockSettings {
  basePath: string;
  storageOrigin: string | null;
  streamBudgetMs: number;
  heartbeatMs: number;
}

/** What a route handler gets: the request, its path params, and the simulated Vern. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Params;
  sim: Simulation;
  settings: MockSettings;
  faults: FaultBook;
}

export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

/** Absolute API URL for `path` (poll URLs): the origin the request came in on, plus the base path. */
export function apiUrl(ctx: RouteContext, path: string): string {
  return `${ctx.url.origin}${ctx.settings.basePath}${path}`;
}

/** Where signed upload URLs point: the configured storage origin, or the API's own origin. */
export function storageOrigin(ctx: RouteContext): string {
  return ctx.settings.storageOrigin ?? ctx.url.origin;
}
