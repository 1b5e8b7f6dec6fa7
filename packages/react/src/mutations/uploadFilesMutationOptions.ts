import { mutationOptions } from '@tanstack/react-query';
import type { SignedUpload, UploadFilesOptions, UploadInput, VernApiError, VernClient } from '@vernkit/core';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { fingerprintOf, sendOnce } from './sendOnce.ts';

export interface UploadFilesVariables extends UploadFilesOptions {
  files: UploadInput[];
}

/** Identity of a batch without reading its bytes: the same files dropped twice are one upload. */
export function uploadFingerprint(files: readonly UploadInput[]): string {
  return fingerprintOf(
    files.map((file) => {
      const blob = 'blob' in file ? file.blob : file;
      const lastModified = 'lastModified' in file ? file.lastModified : null;
      return [file.name, blob.size, lastModified];
    }),
  );
}

/**
 * Upload files to a migration: signed URLs, then a PUT per file straight to storage with
 * progress. The migration's file list is marked stale afterwards.
 */
export function uploadFilesMutationOptions(client: VernClient, migrationId: string) {
  const mutationKey = vernMutationKeys.uploadFiles(migrationId);
  return mutationOptions<SignedUpload[], VernApiError, UploadFilesVariables>({
    mutationKey,
    mutationFn: ({ files, ...options }, { client: queryClient }) =>
      sendOnce(queryClient, [...mutationKey, uploadFingerprint(files)], '', async () => {
        try {
          return await client.uploadFiles(migrationId, files, options);
        } finally {
          // Even a failed batch may have landed some files.
          void queryClient.invalidateQueries({ queryKey: vernKeys.files(migrationId) });
        }
      }),
    retry: false,
  });
}
