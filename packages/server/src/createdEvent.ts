import type { RouteSpec } from './routes.ts';
import type { VernProxyCreatedEvent, VernProxyTarget } from './types.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The ids a successful create/start response carries, for `onCreated`; `null` when there are none. */
export function createdEvent(
  route: RouteSpec,
  status: number,
  body: unknown,
  target: VernProxyTarget,
  sentBody: Record<string, unknown> | undefined,
): VernProxyCreatedEvent | null {
  const response = obj(body);
  switch (route.operation) {
    case 'createMigration': {
      const migration = obj(response.migration);
      const migrationId = str(migration.id);
      if (!migrationId) return null;
      const externalId = str(migration.external_id) ?? str(sentBody?.external_id) ?? null;
      return { operation: 'createMigration', migrationId, externalId, existing: status === 200, target };
    }
    case 'provisionCompany': {
      const company = obj(response.company);
      const companyId = str(company.id);
      if (!companyId) return null;
      const externalId = str(company.external_id) ?? str(sentBody?.external_id) ?? null;
      return { operation: 'provisionCompany', companyId, externalId, target };
    }
    case 'startRun': {
      const runId = str(response.run_id);
      if (!runId || !target.migrationId) return null;
      return {
        operation: 'startRun',
        migrationId: target.migrationId,
        runId,
        runKind: target.runKind,
        target,
      };
    }
    case 'startImport': {
      const runId = str(response.run_id);
      if (!runId || !target.companyId) return null;
      return { operation: 'startImport', companyId: target.companyId, runId, target };
    }
    default:
      return null;
  }
}
