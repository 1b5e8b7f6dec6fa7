/**
 * The allow-list: every documented endpoint of both API generations, as method + path shape.
 * Current API from `openapi.json`; the imports preview from `imports-preview/*.mdx`.
 * Nothing else is ever forwarded: the upstream URL is rebuilt from these shapes and the
 * validated parameters, never copied from the browser's path.
 */

export const VERN_OPERATIONS = [
  // Catalogue (both generations)
  'listSources',
  'pinSource',
  'listTemplates',
  'getTemplate',
  // Current API
  'createMigration',
  'createUploads',
  'listFiles',
  'startRun',
  'getRun',
  'cancelRun',
  'answerRun',
  'submitCredentials',
  'getSourceConnection',
  'saveSourceConnection',
  'deleteSourceConnection',
  'getPreview',
  'getThread',
  'streamThread',
  'exportCsv',
  // Imports preview
  'provisionCompany',
  'createImportUpload',
  'startImport',
  'listImports',
  'getImport',
  'submitDecision',
  'exportImportCsv',
  // The optional upload relay (not a Vern endpoint: a PUT to a signed URL Vern minted)
  'uploadFile',
] as const;
export type VernOperation = (typeof VERN_OPERATIONS)[number];

export type ProxyMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** `:name` segments are parameters, validated by kind in `matchRoute.ts`. */
export type ParamName = 'migrationId' | 'runId' | 'companyId' | 'templateSlug' | 'source' | 'exportFile';

export type QueryParam =
  | 'after'
  | 'include'
  | 'filter'
  | 'status'
  | 'sheet_id'
  | 'source_key'
  | 'profile_id'
  | 'cursor'
  | 'limit';

export interface RouteSpec {
  readonly operation: Exclude<VernOperation, 'uploadFile'>;
  readonly method: ProxyMethod;
  readonly api: 'catalog' | 'migrations' | 'imports';
  readonly scope: 'account' | 'migration' | 'company';
  readonly segments: readonly string[];
  /** `json`: the request carries a JSON object body. */
  readonly body: 'json' | 'none';
  /**
   * `stream`: piped through untouched (SSE, CSV, large JSON such as the preview).
   * `buffer`: a small JSON body the proxy reads to rewrite `poll_url` / signed URLs or report ids.
   */
  readonly response: 'stream' | 'buffer';
  /** Query parameters forwarded (validated); any other is dropped. */
  readonly query: readonly QueryParam[];
  /** Body keys holding secrets: shown to `authorize` as `'[redacted]'`, never to `onError`. */
  readonly secretKeys?: readonly string[];
}

const route = (spec: Omit<RouteSpec, 'segments'> & { path: string }): RouteSpec => {
  const { path, ...rest } = spec;
  return Object.freeze({ ...rest, segments: Object.freeze(path.split('/').filter(Boolean)) });
};

export const ROUTES: readonly RouteSpec[] = Object.freeze([
  route({
    operation: 'listSources',
    method: 'GET',
    api: 'catalog',
    scope: 'account',
    path: '/sources',
    body: 'none',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'pinSource',
    method: 'POST',
    api: 'catalog',
    scope: 'account',
    path: '/sources/:source/pin',
    body: 'json',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'listTemplates',
    method: 'GET',
    api: 'catalog',
    scope: 'account',
    path: '/templates',
    body: 'none',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'getTemplate',
    method: 'GET',
    api: 'catalog',
    scope: 'account',
    path: '/templates/:templateSlug',
    body: 'none',
    response: 'stream',
    query: [],
  }),

  route({
    operation: 'createMigration',
    method: 'POST',
    api: 'migrations',
    scope: 'account',
    path: '/migrations',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'createUploads',
    method: 'POST',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/files',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'listFiles',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/files',
    body: 'none',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'startRun',
    method: 'POST',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/runs',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'getRun',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/runs/:runId',
    body: 'none',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'cancelRun',
    method: 'PATCH',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/runs/:runId',
    body: 'json',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'answerRun',
    method: 'POST',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/runs/:runId/messages',
    body: 'json',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'submitCredentials',
    method: 'POST',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/runs/:runId/credentials',
    body: 'json',
    response: 'stream',
    query: [],
    secretKeys: ['credentials'],
  }),
  route({
    operation: 'getSourceConnection',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/source-connection',
    body: 'none',
    response: 'stream',
    query: ['source_key', 'profile_id'],
  }),
  route({
    operation: 'saveSourceConnection',
    method: 'POST',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/source-connection',
    body: 'json',
    response: 'stream',
    query: [],
    secretKeys: ['credentials'],
  }),
  route({
    operation: 'deleteSourceConnection',
    method: 'DELETE',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/source-connection',
    body: 'none',
    response: 'stream',
    query: ['source_key', 'profile_id'],
  }),
  route({
    operation: 'getPreview',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/preview',
    body: 'none',
    response: 'stream',
    query: [],
  }),
  route({
    operation: 'getThread',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/thread',
    body: 'none',
    response: 'stream',
    query: ['after', 'include'],
  }),
  route({
    operation: 'streamThread',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/thread/stream',
    body: 'none',
    response: 'stream',
    query: ['after', 'include'],
  }),
  route({
    operation: 'exportCsv',
    method: 'GET',
    api: 'migrations',
    scope: 'migration',
    path: '/migrations/:migrationId/exports/:exportFile',
    body: 'none',
    response: 'stream',
    query: ['filter'],
  }),

  route({
    operation: 'provisionCompany',
    method: 'POST',
    api: 'imports',
    scope: 'account',
    path: '/companies',
    body: 'json',
    response: 'buffer',
    query: [],
    secretKeys: ['connections'],
  }),
  route({
    operation: 'createImportUpload',
    method: 'POST',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/uploads',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'startImport',
    method: 'POST',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/imports',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'listImports',
    method: 'GET',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/imports',
    body: 'none',
    response: 'buffer',
    query: ['status', 'cursor', 'limit'],
  }),
  route({
    operation: 'getImport',
    method: 'GET',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/imports/:runId',
    body: 'none',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'submitDecision',
    method: 'POST',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/imports/:runId/decisions',
    body: 'json',
    response: 'buffer',
    query: [],
  }),
  route({
    operation: 'exportImportCsv',
    method: 'GET',
    api: 'imports',
    scope: 'company',
    path: '/companies/:companyId/export.csv',
    body: 'none',
    response: 'stream',
    query: ['sheet_id', 'filter'],
  }),
]);

/** Where the optional upload relay listens, below `basePath`. Not a Vern path. */
export const RELAY_SEGMENTS: readonly string[] = Object.freeze(['_relay', 'upload']);
