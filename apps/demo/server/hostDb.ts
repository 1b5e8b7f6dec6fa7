import { randomUUID } from 'node:crypto';

export interface TenantProfile {
  tenantId: string;
  company: string;
  name: string;
  email: string;
}

export type OwnedKind = 'migration' | 'company';

/**
 * The host app's own database, in memory: its tenants and which Vern migrations and
 * companies each one owns. A real host keeps this in its database; the proxy holds no state.
 */
export interface HostDb {
  createTenant(profile: Omit<TenantProfile, 'tenantId'>): TenantProfile;
  tenant(tenantId: string): TenantProfile | null;
  recordOwner(kind: OwnedKind, id: string, tenantId: string): void;
  ownerOf(kind: OwnedKind, id: string): string | null;
  /** The tenant's imports-preview company, once provisioned. */
  companyOf(tenantId: string): string | null;
}

export function createHostDb(): HostDb {
  const tenants = new Map<string, TenantProfile>();
  const owners = new Map<string, string>();
  const companies = new Map<string, string>();
  return {
    createTenant(profile) {
      const tenant = { ...profile, tenantId: `acme-${randomUUID()}` };
      tenants.set(tenant.tenantId, tenant);
      return tenant;
    },
    tenant: (tenantId) => tenants.get(tenantId) ?? null,
    recordOwner(kind, id, tenantId) {
      const key = `${kind}:${id}`;
      // First owner wins: a resource is never handed from one tenant to another.
      if (!owners.has(key)) owners.set(key, tenantId);
      if (kind === 'company' && owners.get(key) === tenantId) companies.set(tenantId, id);
    },
    ownerOf: (kind, id) => owners.get(`${kind}:${id}`) ?? null,
    companyOf: (tenantId) => companies.get(tenantId) ?? null,
  };
}
