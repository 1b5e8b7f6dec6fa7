import { type ParamName, ROUTES, type RouteSpec } from './routes.ts';

export type RouteParams = Partial<Record<ParamName, string>>;

export type RouteMatch =
  | { kind: 'match'; route: RouteSpec; params: RouteParams }
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'not_found' }
  | { kind: 'bad_param'; error: string };

// Migrations, runs and companies are UUIDs; a little slack keeps other opaque ids working.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const SLUG = /^[A-Za-z0-9_-]{1,128}$/;
const CSV_FILE = /^([A-Za-z0-9_-]{1,128})\.csv$/;

const PARAM_LABEL: Record<ParamName, string> = {
  migrationId: 'migration id',
  runId: 'run id',
  companyId: 'company id',
  templateSlug: 'template slug',
  source: 'source name',
  exportFile: 'export file name (expected `<template_slug>.csv`)',
};

function validParam(name: ParamName, value: string): boolean {
  switch (name) {
    case 'migrationId':
    case 'runId':
    case 'companyId':
      return ID.test(value);
    case 'templateSlug':
      return SLUG.test(value);
    case 'exportFile':
      return CSV_FILE.test(value);
    case 'source':
      // A display name: `checkPath` already refused separators, controls and `%`.
      return value.trim().length > 0 && value.length <= 255;
  }
}

/** Matches decoded path segments (below `basePath`) against the allow-list. */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  const allow = new Set<string>();
  let paramError: string | null = null;
  for (const route of ROUTES) {
    if (route.segments.length !== segments.length) continue;
    const params: RouteParams = {};
    let shapeMatches = true;
    let badParam: string | null = null;
    for (let i = 0; i < route.segments.length; i++) {
      const pattern = route.segments[i] as string;
      const value = segments[i] as string;
      if (pattern.startsWith(':')) {
        const name = pattern.slice(1) as ParamName;
        if (!validParam(name, value)) badParam ??= `Invalid ${PARAM_LABEL[name]}`;
        params[name] = value;
      } else if (pattern !== value) {
        shapeMatches = false;
        break;
      }
    }
    if (!shapeMatches) continue;
    if (badParam) {
      paramError ??= badParam;
      continue;
    }
    if (route.method !== method) {
      allow.add(route.method);
      continue;
    }
    if (params.exportFile) params.templateSlug = params.exportFile.slice(0, -'.csv'.length);
    return { kind: 'match', route, params };
  }
  if (paramError) return { kind: 'bad_param', error: paramError };
  if (allow.size > 0) return { kind: 'method_not_allowed', allow: [...allow].sort() };
  return { kind: 'not_found' };
}

/** The upstream path for a matched route: the shape with each parameter re-encoded. */
export function upstreamPath(route: RouteSpec, params: RouteParams): string {
  return `/${route.segments
    .map((s) => (s.startsWith(':') ? encodeURIComponent(params[s.slice(1) as ParamName] ?? '') : s))
    .join('/')}`;
}
