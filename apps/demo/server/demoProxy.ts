import { createVernProxy, type FetchLike, type VernProxy } from '@vernkit/server';
import type { HostDb } from './hostDb.ts';
import type { Sessions } from './sessions.ts';

export const PROXY_PATH = '/api/vern';

export interface DemoProxyOptions {
  apiKey: string;
  apiUrl: string;
  db: HostDb;
  sessions: Sessions;
  fetch?: FetchLike;
  log?: (line: string) => void;
}

/**
 * The host's Vern proxy: signed-in tenants reach only the migrations and companies they
 * created. External ids are namespaced by tenant (`<tenantId>` or `<tenantId>-<suffix>`), so
 * one tenant can neither pick nor recover another tenant's migration by idempotency.
 */
export function createDemoProxy({ apiKey, apiUrl, db, sessions, fetch, log }: DemoProxyOptions): VernProxy {
  return createVernProxy({
    apiKey,
    baseUrl: apiUrl,
    basePath: PROXY_PATH,
    ...(fetch ? { fetch } : {}),
    allowThreadInclude: ['user', 'tools'],
    // Uploads go through this server too, so the page's CSP can stay `connect-src 'self'`.
    uploadRelay: true,
    authorize: (request, target) => {
      const tenantId = sessions.read(request);
      if (!tenantId || !db.tenant(tenantId))
        return { allow: false, status: 401, error: 'Sign in to continue' };
      switch (target.scope) {
        case 'migration':
          // 404, not 403: another tenant's migration does not exist as far as this user knows.
          return (
            db.ownerOf('migration', target.migrationId ?? '') === tenantId || { allow: false, status: 404 }
          );
        case 'company':
          return db.ownerOf('company', target.companyId ?? '') === tenantId || { allow: false, status: 404 };
        case 'account': {
          const requested = typeof target.body?.external_id === 'string' ? target.body.external_id : '';
          const externalId = requested.startsWith(`${tenantId}-`) ? requested : tenantId;
          if (target.operation === 'createMigration')
            return { allow: true, createMigration: { external_id: externalId } };
          if (target.operation === 'provisionCompany')
            return { allow: true, provisionCompany: { external_id: externalId } };
          // The catalogue is readable; pinning a source would change every customer's baseline.
          return target.readOnly;
        }
      }
    },
    onCreated: (request, event) => {
      const tenantId = sessions.read(request);
      if (!tenantId) return;
      if (event.operation === 'createMigration') db.recordOwner('migration', event.migrationId, tenantId);
      if (event.operation === 'provisionCompany') db.recordOwner('company', event.companyId, tenantId);
    },
    onError: (info) =>
      log?.(`[vern proxy] ${info.kind} ${info.method} ${info.path} → ${info.status}: ${info.message}`),
  });
}
