import { VernApiError } from "../errors/VernApiError.js";
import { formatIssuePath } from "../http/parseBody.js";
import { isPlainObject } from "../schemas/common.js";
// src/client/context.ts
/**
* Check a request body before it leaves, so a typo is a clear `bad_request` naming the field
* instead of a round trip. The caller's object is sent as given (unknown extra fields
* included), not the parsed copy.
*/
function checkInput(schema, value, name) {
	const result = schema.safeParse(value);
	if (result.success) return;
	const issue = result.error.issues[0];
	const path = issue ? formatIssuePath(issue.path) : "";
	throw new VernApiError({
		kind: "bad_request",
		status: 0,
		path,
		cause: result.error,
		message: `Invalid ${name}${path ? ` at ${path}` : ""}: ${issue?.message ?? "does not match the documented shape"}`
	});
}
/** The URL already names the run; a body that leaves `run_id` out still describes that run. */
function withRunId(body, runId) {
	if (runId && isPlainObject(body) && body.run_id === void 0) return {
		...body,
		run_id: runId
	};
	return body;
}
/** The last path segment after `/runs/` or `/imports/`, decoded. */
function runIdFromUrl(url) {
	const match = /\/(?:runs|imports)\/([^/?#]+)\/?(?:[?#]|$)/.exec(url);
	if (!match?.[1]) return void 0;
	try {
		return decodeURIComponent(match[1]);
	} catch {
		return;
	}
}
export { checkInput, runIdFromUrl, withRunId };
