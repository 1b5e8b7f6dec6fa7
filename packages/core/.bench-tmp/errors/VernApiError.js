// src/errors/VernApiError.ts
/**
* Every failure the client raises. `message` is the server's `error` text when it sent one.
*
* @example
* try { await client.startRun(id, { kind: 'generate' }) }
* catch (e) { if (isVernApiError(e) && e.kind === 'conflict' && e.runId) resume(e.runId) }
*/
var VernApiError = class extends Error {
	name = "VernApiError";
	kind;
	status;
	method;
	url;
	/** The active run a `409` points at (`POST /runs` while one is in flight). */
	runId;
	/** For `invalid_response` and client-side `bad_request`: the field path that failed, e.g. `sheets[0].rows`. */
	path;
	/** For upload failures: the file storage rejected. */
	fileName;
	/** The parsed error body, when there was one. */
	body;
	constructor(init) {
		super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
		this.kind = init.kind;
		this.status = init.status;
		this.method = init.method;
		this.url = init.url;
		this.runId = init.runId;
		this.path = init.path;
		this.fileName = init.fileName;
		this.body = init.body;
	}
};
function isVernApiError(value) {
	return value instanceof VernApiError || value instanceof Error && value.name === "VernApiError" && "kind" in value;
}
/** The kind an HTTP error status maps to. */
function errorKindForStatus(status) {
	if (status === 401 || status === 403) return "auth";
	if (status === 404 || status === 410) return "not_found";
	if (status === 409) return "conflict";
	if (status === 429) return "rate_limited";
	if (status >= 500) return "server";
	if (status >= 400) return "bad_request";
	return "invalid_response";
}
export { VernApiError, errorKindForStatus, isVernApiError };
