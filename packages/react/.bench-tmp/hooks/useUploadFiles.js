import { uploadFilesMutationOptions } from "../mutations/uploadFilesMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
// src/hooks/useUploadFiles.ts
function sizeOf(file) {
	return "blob" in file ? file.blob.size : file.size;
}
/**
* Upload files to a migration with per-file progress and `abort()`. An aborted upload rejects
* with the abort reason and leaves the hook idle rather than in an error state.
*
* @example
* const uploads = useUploadFiles(migrationId);
* await uploads.upload(input.files);
* uploads.progress.map((p) => `${p.name}: ${Math.round((100 * p.loaded) / p.total)}%`);
*/
function useUploadFiles(migrationId) {
	const client = useVernClient();
	const mutation = useMutation(uploadFilesMutationOptions(client, migrationId ?? ""));
	const [progress, setProgress] = useState([]);
	const controller = useRef(null);
	const { mutateAsync, reset } = mutation;
	const upload = useCallback(async (input) => {
		const files = Array.from(input);
		const abort = new AbortController();
		controller.current = abort;
		setProgress(files.map((file) => ({
			name: file.name,
			loaded: 0,
			total: sizeOf(file)
		})));
		try {
			const uploaded = await mutateAsync({
				files,
				signal: abort.signal,
				onProgress: (_name, { loaded, total }, index) => setProgress((current) => current.map((entry, i) => i === index ? {
					...entry,
					loaded,
					total: total || entry.total
				} : entry))
			});
			setProgress((current) => current.map((entry) => ({
				...entry,
				loaded: entry.total
			})));
			return uploaded;
		} catch (error) {
			if (abort.signal.aborted) reset();
			throw error;
		} finally {
			if (controller.current === abort) controller.current = null;
		}
	}, [mutateAsync, reset]);
	const abort = useCallback(() => controller.current?.abort(), []);
	return {
		...mutation,
		upload,
		abort,
		progress
	};
}
export { useUploadFiles };
