import { VernApiError } from '../errors/VernApiError.ts';
import type { SignedUpload } from '../schemas/migration.ts';
import { contentTypeFor } from '../upload/contentType.ts';
import { putFile } from '../upload/putFile.ts';
import type { ClientContext } from './context.ts';
import type { UploadInput, VernClient } from './VernClient.ts';

interface NormalizedInput {
  name: string;
  blob: Blob;
  contentType: string;
}

function normalize(input: UploadInput, index: number): NormalizedInput {
  const isFile = typeof File === 'function' && input instanceof File;
  const name = isFile ? (input as File).name : (input as { name?: unknown }).name;
  const blob = isFile ? (input as File) : (input as { blob?: unknown }).blob;
  if (typeof name !== 'string' || name === '' || !(blob instanceof Blob)) {
    throw new VernApiError({
      kind: 'bad_request',
      status: 0,
      path: `files[${index}]`,
      message: `files[${index}] must be a File or { name, blob: Blob, contentType? }`,
    });
  }
  const declared = isFile
    ? (input as File).type
    : (input as { contentType?: string }).contentType || blob.type;
  return { name, blob, contentType: contentTypeFor(name, declared) };
}

/** The object name a signed URL points at, for error messages when the caller gave only the URL. */
function nameFromUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Run `task` over `items` with at most `limit` in flight; the first failure aborts the rest. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal | undefined,
  task: (item: T, index: number, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure && !controller.signal.aborted) {
      const index = next++;
      try {
        await task(items[index] as T, index, controller.signal);
      } catch (error) {
        failure ??= { error };
        controller.abort(error);
      }
    }
  };
  try {
    const workers = Number.isFinite(limit) && limit >= 1 ? Math.min(Math.floor(limit), items.length) : 1;
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (failure) throw failure.error;
  if (signal?.aborted) throw signal.reason;
}

export function uploadMethods(
  { transport, uploadTransport }: ClientContext,
  createUploads: VernClient['createUploads'],
): Pick<VernClient, 'uploadFile' | 'uploadFiles'> {
  const uploadFile: VernClient['uploadFile'] = async (target, file, o = {}) => {
    const url = typeof target === 'string' ? target : target?.signed_url;
    if (typeof url !== 'string' || url === '') {
      throw new VernApiError({
        kind: 'bad_request',
        status: 0,
        path: 'signed_url',
        message: 'uploadFile needs a signed upload (or its signed_url)',
      });
    }
    if (!(file instanceof Blob)) {
      throw new VernApiError({
        kind: 'bad_request',
        status: 0,
        path: 'file',
        message: 'uploadFile needs a Blob or File',
      });
    }
    const fileName =
      (typeof target === 'object' && target.name) ||
      (typeof File === 'function' && file instanceof File ? file.name : '') ||
      nameFromUrl(url) ||
      'file';
    const declared = typeof target === 'object' ? target.content_type : undefined;
    await putFile({
      url,
      blob: file,
      fileName,
      contentType: o.contentType || contentTypeFor(fileName, declared || file.type),
      onProgress: o.onProgress,
      signal: o.signal,
      transport: uploadTransport,
      fetch: transport.fetch,
    });
  };

  return {
    uploadFile,

    async uploadFiles(migrationId, files, o = {}) {
      if (!Array.isArray(files) || files.length === 0) {
        throw new VernApiError({
          kind: 'bad_request',
          status: 0,
          path: 'files',
          message: 'uploadFiles needs at least one file',
        });
      }
      const inputs = files.map(normalize);
      const uploads: SignedUpload[] = await createUploads(
        migrationId,
        inputs.map((input) => ({ name: input.name, content_type: input.contentType })),
        { signal: o.signal },
      );
      await eachLimited(inputs, o.concurrency ?? 3, o.signal, (input, index, signal) =>
        uploadFile(uploads[index] as SignedUpload, input.blob, {
          contentType: input.contentType,
          signal,
          onProgress: o.onProgress && ((progress) => o.onProgress?.(input.name, progress, index)),
        }),
      );
      return uploads;
    },
  };
}
