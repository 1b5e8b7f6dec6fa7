import { filenameFromContentDisposition } from "./contentDisposition.js";
// src/export/csvDownload.ts
function emptyStream() {
	return new ReadableStream({ start: (controller) => controller.close() });
}
function toCsvDownload(response, fallbackFilename) {
	const total = response.headers.get("x-total-records");
	const parsed = total !== null && /^\s*\d+\s*$/.test(total) ? Number(total) : null;
	return {
		body: response.body ?? emptyStream(),
		totalRecords: parsed,
		filename: filenameFromContentDisposition(response.headers.get("content-disposition")) ?? fallbackFilename,
		contentType: response.headers.get("content-type") ?? "text/csv"
	};
}
export { toCsvDownload };
