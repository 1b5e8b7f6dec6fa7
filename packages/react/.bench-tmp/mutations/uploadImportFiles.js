// src/mutations/uploadImportFiles.ts
/**
* The imports preview's signed upload, per file: mint a URL (`POST /uploads`), PUT the bytes
* to it, keep the `upload_ref` for `POST /imports`. One file at a time: each URL is
* single-use and short-lived, and import batches are a handful of files.
*/
async function uploadImportFiles(client, companyId, files, { onProgress, signal } = {}) {
	const uploaded = [];
	for (const [index, file] of files.entries()) {
		const { upload_url, upload_ref } = await client.createImportUpload(companyId, {
			name: file.name,
			size: file.size,
			...file.type ? { content_type: file.type } : {}
		}, { signal });
		await client.uploadFile(upload_url, file, {
			signal,
			...file.type ? { contentType: file.type } : {},
			...onProgress ? { onProgress: (progress) => onProgress(file.name, progress, index) } : {}
		});
		uploaded.push({
			name: file.name,
			upload_ref
		});
	}
	return uploaded;
}
export { uploadImportFiles };
