import type { StoredFile, World } from '../engine/store.ts';
import { STORAGE_PREFIX, storeUpload } from '../engine/uploads.ts';
import { ApiError, badRequest } from '../http/ApiError.ts';
import { json } from '../http/respond.ts';

/** Larger uploads are refused (413) rather than held in memory. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * `PUT <signed_url>`: the storage side of an upload. No API key: the single-use token
 * in the URL is the authorization, as with Vern's storage.
 */
export async function handleStorage(
  request: Request,
  url: URL,
  world: World,
  now: number,
): Promise<Response> {
  if (request.method !== 'PUT') throw new ApiError(405, 'Uploads take a PUT with the file bytes');
  let storagePath: string;
  try {
    storagePath = url.pathname.slice(STORAGE_PREFIX.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    throw badRequest('Malformed upload URL');
  }
  const slot = world.uploads.get(storagePath);
  if (!slot || slot.token !== url.searchParams.get('token')) {
    throw new ApiError(403, 'Invalid upload signature: request a new signed URL');
  }
  if (slot.used)
    throw new ApiError(409, 'This signed URL was already used: request a new one for each upload');
  if (now > slot.expiresAt) throw new ApiError(403, 'This signed URL has expired: request a new one');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES) throw new ApiError(413, 'The file is larger than the 50 MB upload limit');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new ApiError(413, 'The file is larger than the 50 MB upload limit');
  slot.used = true;
  slot.contentType ??= request.headers.get('content-type')?.split(';')[0]?.trim() || null;
  const file = await storeUpload(slot, bytes, now);
  attach(world, slot.owner, file);
  return json({ Key: slot.storagePath }, 200);
}

function attach(world: World, owner: { kind: 'migration' | 'company'; id: string }, file: StoredFile): void {
  if (owner.kind === 'migration') world.migrations.get(owner.id)?.files.push(file);
  else world.companies.get(owner.id)?.uploads.set(file.storagePath, file);
}
