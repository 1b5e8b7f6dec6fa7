import type { RelaySigner } from './relayToken.ts';
import { RELAY_SEGMENTS, type RouteSpec } from './routes.ts';

export interface RelayContext {
  signer: RelaySigner;
  ttlSeconds: number;
  basePath: string;
  /** `https:` only, unless Vern itself is reached over plain http (a local mock). */
  allowHttp: boolean;
}

/**
 * With the upload relay on, each signed upload URL in a `createUploads` / `createImportUpload`
 * response is swapped for a relay link that carries it, signed. A URL that is not http(s)
 * is dropped: the browser is never handed a `javascript:` or `file:` target.
 */
export async function rewriteSignedUrls(
  route: RouteSpec,
  body: unknown,
  owner: { migrationId?: string; companyId?: string },
  relay: RelayContext,
  nowSeconds: number,
): Promise<void> {
  if (typeof body !== 'object' || body === null) return;
  const record = body as Record<string, unknown>;
  if (route.operation === 'createUploads' && Array.isArray(record.files)) {
    for (const file of record.files) {
      if (typeof file !== 'object' || file === null) continue;
      const entry = file as Record<string, unknown>;
      entry.signed_url = await relayLink(entry.signed_url, owner, relay, nowSeconds);
      if (entry.signed_url === undefined) delete entry.signed_url;
    }
  }
  if (route.operation === 'createImportUpload' && 'upload_url' in record) {
    record.upload_url = await relayLink(record.upload_url, owner, relay, nowSeconds);
    if (record.upload_url === undefined) delete record.upload_url;
  }
}

async function relayLink(
  value: unknown,
  owner: { migrationId?: string; companyId?: string },
  relay: RelayContext,
  nowSeconds: number,
): Promise<string | undefined> {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && !(relay.allowHttp && url.protocol === 'http:')) return undefined;
  const token = await relay.signer.sign({
    u: url.href,
    ...(owner.migrationId ? { m: owner.migrationId } : { c: owner.companyId ?? '' }),
    e: nowSeconds + relay.ttlSeconds,
  });
  return `${relay.basePath}/${RELAY_SEGMENTS.join('/')}?token=${token}`;
}
