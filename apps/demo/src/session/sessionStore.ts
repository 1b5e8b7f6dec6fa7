export interface Profile {
  tenantId: string;
  company: string;
  name: string;
  email: string;
  /** The tenant's imports-preview company, once provisioned. */
  companyId: string | null;
}

export type SignUp = Pick<Profile, 'company' | 'name' | 'email'>;

/** Where the signed-in workspace lives: the host's server (real mode) or this browser (mock mode). */
export interface SessionStore {
  load(): Promise<Profile | null>;
  signUp(input: SignUp): Promise<Profile>;
  signOut(): Promise<void>;
  rememberCompany(profile: Profile, companyId: string | null): Promise<Profile>;
}

export class SessionError extends Error {}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Fall through to the status.
  }
  return `Request failed (HTTP ${response.status})`;
}

/** Real mode: a signed HttpOnly cookie from the demo's server; the proxy authorizes with it. */
export function serverSessionStore(): SessionStore {
  return {
    async load() {
      const response = await fetch('/api/session', { headers: { accept: 'application/json' } });
      if (response.status === 401) return null;
      if (!response.ok) throw new SessionError(await errorMessage(response));
      return (await response.json()) as Profile;
    },
    async signUp(input) {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (!response.ok) throw new SessionError(await errorMessage(response));
      return (await response.json()) as Profile;
    },
    async signOut() {
      await fetch('/api/session', { method: 'DELETE' });
    },
    // The server records the company when the proxy sees it created (`onCreated`).
    rememberCompany: async (profile, companyId) => ({ ...profile, companyId }),
  };
}

const LOCAL_KEY = 'acme-demo:session';

/** Mock mode: everything runs in this tab, so the workspace is kept in `localStorage`. */
export function localSessionStore(storage: Storage = window.localStorage): SessionStore {
  const save = (profile: Profile) => {
    storage.setItem(LOCAL_KEY, JSON.stringify(profile));
    return profile;
  };
  return {
    async load() {
      try {
        const value = JSON.parse(storage.getItem(LOCAL_KEY) ?? 'null') as Profile | null;
        // The in-tab mock starts empty on every load: a company id from a past load names nothing.
        return value && typeof value.tenantId === 'string' ? { ...value, companyId: null } : null;
      } catch {
        return null;
      }
    },
    async signUp(input) {
      const company = input.company.trim();
      const name = input.name.trim();
      const email = input.email.trim();
      if (!company || !name || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        throw new SessionError('Company, name and a valid email are required');
      }
      return save({ tenantId: `acme-${crypto.randomUUID()}`, company, name, email, companyId: null });
    },
    async signOut() {
      storage.removeItem(LOCAL_KEY);
    },
    // Kept in memory only, for the same reason.
    rememberCompany: async (profile, companyId) => ({ ...profile, companyId }),
  };
}
