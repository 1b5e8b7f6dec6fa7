import { VernApiError } from "../errors/VernApiError.js";
import { contentTypeFor } from "../upload/contentType.js";
import { putFile } from "../upload/putFile.js";
// src/client/uploadMethods.ts
function normalize(input, index) {
	const isFile = typeof File === "function" && input instanceof File;
	const name = isFile ? input.name : input.name;
	const blob = isFile ? input : input.blob;
	if (typeof name !== "string" || name === "" || !(blob instanceof Blob)) throw new VernApiError({
		kind: "bad_request",
		status: 0,
		path: `files[${index}]`,
		message: `files[${index}] must be a File or { name, blob: Blob, contentType? }`
	});
	const declared = isFile ? input.type : input.contentType || blob.type;
	return {
		name,
		blob,
		contentType: contentTypeFor(name, declared)
	};
}
/** The object name a signed URL points at, for error messages when the caller gave only the URL. */
function nameFromUrl(url) {
	const path = url.split(/[?#]/)[0] ?? "";
	const last = path.slice(path.lastIndexOf("/") + 1);
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}
/** Run `task` over `items` with at most `limit` in flight; the first failure aborts the rest. */
async function eachLimited(items, limit, signal, task) {
	const controller = new AbortController();
	const onAbort = () => controller.abort(signal?.reason);
	signal?.addEventListener("abort", onAbort, { once: true });
	if (signal?.aborted) onAbort();
	let next = 0;
	let failure;
	const worker = async () => {
		while (next < items.length && !failure && !controller.signal.aborted) {
			const index = next++;
			try {
				await task(items[index], index, controller.signal);
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
		signal?.removeEventListener("abort", onAbort);
	}
	if (failure) throw failure.error;
	if (signal?.aborted) throw signal.reason;
}
function uploadMethods({ transport, uploadTransport }, createUploads) {
	const uploadFile = async (target, file, o = {}) => {
		const url = typeof target === "string" ? target : target?.signed_url;
		if (typeof url !== "string" || url === "") throw new VernApiError({
			kind: "bad_request",
			status: 0,
			path: "signed_url",
			message: "uploadFile needs a signed upload (or its signed_url)"
		});
		if (!(file instanceof Blob)) throw new VernApiError({
			kind: "bad_request",
			status: 0,
			path: "file",
			message: "uploadFile needs a Blob or File"
		});
		const fileName = typeof target === "object" && target.name || (typeof File === "function" && file instanceof File ? file.name : "") || nameFromUrl(url) || "file";
		const declared = typeof target === "object" ? target.content_type : void 0;
		await putFile({
			url,
			blob: file,
			fileName,
			contentType: o.contentType || contentTypeFor(fileName, declared || file.type),
			onProgress: o.onProgress,
			signal: o.signal,
			transport: uploadTransport,
			fetch: transport.fetch
		});
	};
	return {
		uploadFile,
		async uploadFiles(migrationId, files, o = {}) {
			if (!Array.isArray(files) || files.length === 0) throw new VernApiError({
				kind: "bad_request",
				status: 0,
				path: "files",
				message: "uploadFiles needs at least one file"
			});
			const inputs = files.map(normalize);
			const uploads = await createUploads(migrationId, inputs.map((input) => ({
				name: input.name,
				content_type: input.contentType
			})), { signal: o.signal });
			await eachLimited(inputs, o.concurrency ?? 3, o.signal, (input, index, signal) => uploadFile(uploads[index], input.blob, {
				contentType: input.contentType,
				signal,
				onProgress: o.onProgress && ((progress) => o.onProgress?.(input.name, progress, index))
			}));
			return uploads;
		}
	};
}
export { uploadMethods };
