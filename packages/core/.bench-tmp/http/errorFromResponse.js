import { VernApiError, errorKindForStatus } from "../errors/VernApiError.js";
import { ApiErrorBodySchema } from "../schemas/common.js";
import { redactUrl } from "./url.js";
// src/http/errorFromResponse.ts
/**
* A non-2xx response as a `VernApiError`. The message is the server's `error` text when the
* body is the documented `{ error }`; a short plain-text body comes next (proxies and
* gateways send those); never raw HTML.
*/
async function errorFromResponse(response, method, url) {
	let text = "";
	try {
		text = await response.text();
	} catch {}
	let body = text || void 0;
	try {
		body = text ? JSON.parse(text) : void 0;
	} catch {}
	const parsed = ApiErrorBodySchema.safeParse(body);
	const contentType = response.headers.get("content-type") ?? "";
	const plain = typeof body === "string" && !contentType.includes("html") && body.length <= 300 ? body.trim() : "";
	const fallback = `${method} ${redactUrl(url)} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
	return new VernApiError({
		kind: errorKindForStatus(response.status),
		status: response.status,
		method,
		url: redactUrl(url),
		body,
		runId: parsed.success ? parsed.data.run_id : void 0,
		message: parsed.success ? parsed.data.error : plain || fallback
	});
}
export { errorFromResponse };
