import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'acme_session';

export interface Sessions {
  /** The signed-in tenant id, or `null` (no cookie, or one this server did not sign). */
  read(request: Request): string | null;
  /** A `Set-Cookie` value signing the tenant in. */
  issue(tenantId: string): string;
  clear(): string;
}

/** Stateless signed-cookie sessions: `<tenantId>.<HMAC-SHA256>`, HttpOnly, SameSite=Lax. */
export function createSessions(secret: string | null): Sessions {
  const key = secret ?? randomBytes(32).toString('hex');
  const sign = (value: string) => createHmac('sha256', key).update(value).digest('base64url');
  const attributes = 'Path=/; HttpOnly; SameSite=Lax';
  return {
    read(request) {
      const raw = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
      if (!raw) return null;
      const dot = raw.lastIndexOf('.');
      if (dot <= 0) return null;
      const tenantId = raw.slice(0, dot);
      const given = Buffer.from(raw.slice(dot + 1));
      const expected = Buffer.from(sign(tenantId));
      return given.length === expected.length && timingSafeEqual(given, expected) ? tenantId : null;
    },
    issue: (tenantId) => `${SESSION_COOKIE}=${tenantId}.${sign(tenantId)}; ${attributes}`,
    clear: () => `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`,
  };
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
