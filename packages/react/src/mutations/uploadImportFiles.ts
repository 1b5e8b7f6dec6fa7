import type { UploadProgress, VernClient } from '@vernkit/core';

export interface UploadImportFilesOptions {
  onProgress?: (name: string, progress: UploadProgress, index: number) => void;
  signal?: AbortSignal;
}

/**
 * The imports preview's signed upload, per file: mint a URL (`POST /uploads`), PUT the bytes
 * to it, keep the `upload_ref` for `POST /imports`. One file at a time: each URL is
 * single-use and short-lived, and import batches are a handful of files.
 */
export async function uploadImportFiles(
  client: VernClient,
  companyId: string,
  files: readonly File[],
  { onProgress, signal }: UploadImportFilesOptions = {},
): Promise<Array<{ name: string; upload_ref: string }>> {
  const uploaded: Array<{ name: string; upload_ref: string }> = [];
  for (const [index, file] of files.entries()) {
    const { upload_url, upload_ref } = await client.createImportUpload(
      companyId,
      { name: file.name, size: file.size, ...(file.type ? { content_type: file.type } : {}) },
      { signal },
    );
    await client.uploadFile(upload_url, file, {
      signal,
      ...(file.type ? { contentType: file.type } : {}),
      ...(onProgress
        ? { onProgress: (progress: UploadProgress) => onProgress(file.name, progress, index) }
        : {}),
    });
    uploaded.push({ name: file.name, upload_ref });
  }
  return uploaded;
}
