/**
 * Stateless relay links: the signed URL Vern minted, the migration (or company) it belongs
 * to and an expiry, HMAC-SHA256 signed with Web Crypto (Node 20+, edge runtimes). Only the
 * proxy can mint one, and it does so only from a Vern response, so the relay can never be
 * pointed at a URL the browser chose.
 */

export interface RelayClaims {
  /** The signed storage URL. */
  u: string;
  /** Migration id (current API) or company id (imports preview). */
  m?: string;
  c?: string;
  /** Expiry, seconds since the epoch. */
  e: number;
}

const LABEL = 'vernkit-upload-relay.v1.';
const encoder = new TextEncoder();

export interface RelaySigner {
  sign(claims: RelayClaims): Promise<string>;
  /** The claims when the token is authentic and unexpired, else `null`. */
  verify(token: string, nowSeconds: number): Promise<RelayClaims | null>;
}

export function createRelaySigner(secret: string): RelaySigner {
  let key: Promise<CryptoKey> | undefined;
  const getKey = () => {
    key ??= crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    return key;
  };
  return {
    async sign(claims) {
      const payload = toBase64Url(encoder.encode(JSON.stringify(claims)));
      const signature = await crypto.subtle.sign('HMAC', await getKey(), encoder.encode(LABEL + payload));
      return `${payload}.${toBase64Url(new Uint8Array(signature))}`;
    },
    async verify(token, nowSeconds) {
      const parts = token.split('.');
      if (parts.length !== 2) return null;
      const [payload, signature] = parts as [string, string];
      const signatureBytes = fromBase64Url(signature);
      const payloadBytes = fromBase64Url(payload);
      if (!signatureBytes || !payloadBytes) return null;
      // `verify` compares in constant time.
      const valid = await crypto.subtle.verify(
        'HMAC',
        await getKey(),
        signatureBytes,
        encoder.encode(LABEL + payload),
      );
      if (!valid) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(new TextDecoder().decode(payloadBytes));
      } catch {
        return null;
      }
      if (!isClaims(claims) || claims.e <= nowSeconds) return null;
      return claims;
    },
  };
}

function isClaims(value: unknown): value is RelayClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.u === 'string' &&
    typeof c.e === 'number' &&
    (typeof c.m === 'string') !== (typeof c.c === 'string') &&
    (c.m === undefined || typeof c.m === 'string') &&
    (c.c === undefined || typeof c.c === 'string')
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
