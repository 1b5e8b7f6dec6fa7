import { MockDataError, parseFile } from '../data/index.ts';
import { iso } from './clock.ts';
import { token, uuid } from './ids.ts';
import type { ParseOutcome, StoredFile, UploadSlot, World } from './store.ts';

/** Where the storage endpoint lives, on whatever origin signed URLs point at. */
export const STORAGE_PREFIX = '/storage/v1/object/upload/sign/';

/** Signed URLs last about an hour, as in Vern. */
const SIGNED_URL_TTL_MS = 60 * 60 * 1000;

export function mintUpload(
  world: World,
  now: number,
  origin: string,
  folder: string,
  file: { name: string; contentType: string | null },
  owner: UploadSlot['owner'],
): { slot: UploadSlot; url: string } {
  const storagePath = `${folder}/${uuid()}-${safeName(file.name)}`;
  const slot: UploadSlot = {
    token: token(),
    storagePath,
    name: file.name,
    contentType: file.contentType,
    expiresAt: now + SIGNED_URL_TTL_MS,
    used: false,
    owner,
  };
  world.uploads.set(storagePath, slot);
  const encoded = storagePath.split('/').map(encodeURIComponent).join('/');
  return { slot, url: `${origin}${STORAGE_PREFIX}${encoded}?token=${slot.token}` };
}

/** Parse the bytes once, as they land; a failure is kept and fails the run that reads it. */
export async function storeUpload(slot: UploadSlot, bytes: Uint8Array, now: number): Promise<StoredFile> {
  return {
    name: slot.name,
    storagePath: slot.storagePath,
    contentType: slot.contentType,
    size: bytes.byteLength,
    uploadedAt: iso(now),
    parsed: await parseBytes(slot.name, bytes, slot.contentType),
  };
}

export async function parseBytes(
  name: string,
  bytes: Uint8Array,
  contentType: string | null,
): Promise<ParseOutcome> {
  try {
    return { ok: true, tables: await parseFile({ name, bytes, contentType }) };
  } catch (error) {
    if (error instanceof MockDataError) return { ok: false, error: error.message };
    return {
      ok: false,
      error: `"${name}" could not be read. Check that it is a CSV or XLSX file and upload it again.`,
    };
  }
}

/** Path-safe, but still recognisably the customer's file name. */
function safeName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '/\\?#%'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return cleaned === '' ? 'upload' : cleaned.slice(0, 200);
}
