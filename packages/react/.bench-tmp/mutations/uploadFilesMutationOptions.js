import { vernKeys, vernMutationKeys } from "../keys/vernKeys.js";
import { fingerprintOf, sendOnce } from "./sendOnce.js";
import { mutationOptions } from "@tanstack/react-query";
// src/mutations/uploadFilesMutationOptions.ts
/** Identity of a batch without reading its bytes: the same files dropped twice are one upload. */
function uploadFingerprint(files) {
	return fingerprintOf(files.map((file) => {
		const blob = "blob" in file ? file.blob : file;
		const lastModified = "lastModified" in file ? file.lastModified : null;
		return [
			file.name,
			blob.size,
			lastModified
		];
	}));
}
/**
* Upload files to a migration: signed URLs, then a PUT per file straight to storage with
* progress. The migration's file list is marked stale afterwards.
*/
function uploadFilesMutationOptions(client, migrationId) {
	const mutationKey = vernMutationKeys.uploadFiles(migrationId);
	return mutationOptions({
		mutationKey,
		mutationFn: ({ files, ...options }, { client: queryClient }) => sendOnce(queryClient, [...mutationKey, uploadFingerprint(files)], "", async () => {
			try {
				return await client.uploadFiles(migrationId, files, options);
			} finally {
				queryClient.invalidateQueries({ queryKey: vernKeys.files(migrationId) });
			}
		}),
		retry: false
	});
}
export { uploadFilesMutationOptions, uploadFingerprint };
