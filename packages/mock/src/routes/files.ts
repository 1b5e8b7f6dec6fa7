import { mintUpload } from '../engine/uploads.ts';
import { badRequest } from '../http/ApiError.ts';
import { isObject, readJsonObject } from '../http/body.ts';
import { json } from '../http/respond.ts';
import { type RouteHandler, storageOrigin } from './context.ts';
import { migrationOf } from './lookup.ts';

const MAX_FILES_PER_REQUEST = 100;

/** `POST /migrations/{id}/files`: one signed upload URL per declared file. */
export const mintFiles: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const body = await readJsonObject(ctx.request);
  const files = body.files;
  if (!Array.isArray(files) || files.length === 0) throw badRequest('files must be a non-empty array');
  if (files.length > MAX_FILES_PER_REQUEST)
    throw badRequest(`files may list at most ${MAX_FILES_PER_REQUEST} entries`);
  const declared = files.map((entry, i) => {
    if (!isObject(entry)) throw badRequest(`files[${i}] must be an object with a name`);
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      throw badRequest(`files[${i}].name is required`);
    if (
      entry.content_type !== undefined &&
      entry.content_type !== null &&
      typeof entry.content_type !== 'string'
    ) {
      throw badRequest(`files[${i}].content_type must be a string`);
    }
    return {
      name: entry.name,
      contentType: typeof entry.content_type === 'string' ? entry.content_type : null,
    };
  });
  const now = ctx.sim.clock.now();
  const minted = declared.map((file) => {
    const { slot, url } = mintUpload(
      ctx.sim.world,
      now,
      storageOrigin(ctx),
      `workbooks/${migration.id}`,
      file,
      {
        kind: 'migration',
        id: migration.id,
      },
    );
    return {
      name: file.name,
      storage_path: slot.storagePath,
      signed_url: url,
      token: slot.token,
      content_type: file.contentType ?? 'application/octet-stream',
    };
  });
  return json({ files: minted }, 201);
};

export const listFiles: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  return json({
    files: migration.files.map((f) => ({
      name: f.name,
      storage_path: f.storagePath,
      size: f.size,
      content_type: f.contentType,
      uploaded_at: f.uploadedAt,
    })),
  });
};
