import { storageError } from "./storageError.js";
// src/upload/putFile.ts
function hasXhr() {
	return typeof XMLHttpRequest === "function";
}
/**
* PUT bytes to a signed storage URL. XMLHttpRequest is the only browser API that reports
* upload progress, so it is used where it exists; `fetch` (Node, edge, workers) reports the
* start and the end.
*/
function putFile(input) {
	if (input.signal?.aborted) return Promise.reject(input.signal.reason);
	return input.transport === "xhr" || input.transport === "auto" && hasXhr() ? putWithXhr(input) : putWithFetch(input);
}
function putWithXhr({ url, blob, fileName, contentType, onProgress, signal }) {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		const onAbort = () => xhr.abort();
		const settle = (fn) => {
			signal?.removeEventListener("abort", onAbort);
			fn();
		};
		xhr.open("PUT", url);
		xhr.setRequestHeader("content-type", contentType);
		if (xhr.upload) xhr.upload.onprogress = (event) => {
			onProgress?.({
				loaded: event.loaded,
				total: event.lengthComputable ? event.total : blob.size
			});
		};
		xhr.onload = () => settle(() => {
			if (xhr.status >= 200 && xhr.status < 300) {
				onProgress?.({
					loaded: blob.size,
					total: blob.size
				});
				resolve();
			} else reject(storageError(fileName, url, xhr.status, typeof xhr.responseText === "string" ? xhr.responseText : ""));
		});
		xhr.onerror = () => settle(() => reject(storageError(fileName, url, 0, "")));
		xhr.ontimeout = xhr.onerror;
		xhr.onabort = () => settle(() => reject(signal?.reason ?? new DOMException("Upload aborted", "AbortError")));
		signal?.addEventListener("abort", onAbort, { once: true });
		onProgress?.({
			loaded: 0,
			total: blob.size
		});
		xhr.send(blob);
	});
}
async function putWithFetch({ url, blob, fileName, contentType, onProgress, signal, fetch }) {
	onProgress?.({
		loaded: 0,
		total: blob.size
	});
	let response;
	try {
		response = await fetch(url, {
			method: "PUT",
			body: blob,
			headers: { "content-type": contentType },
			signal
		});
	} catch (cause) {
		if (signal?.aborted) throw signal.reason;
		throw storageError(fileName, url, 0, "", cause);
	}
	if (!response.ok) {
		const text = await response.text().catch(() => "");
		throw storageError(fileName, url, response.status, text);
	}
	await response.body?.cancel().catch(() => void 0);
	onProgress?.({
		loaded: blob.size,
		total: blob.size
	});
}
export { putFile };
