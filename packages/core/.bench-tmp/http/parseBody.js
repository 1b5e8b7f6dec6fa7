import { VernApiError } from "../errors/VernApiError.js";
import { redactUrl } from "./url.js";
// src/http/parseBody.ts
/** `sheets[0].rows[3]`: the path a developer would type to reach the field. */
function formatIssuePath(path) {
	let out = "";
	for (const key of path) if (typeof key === "number") out += `[${key}]`;
	else out += out ? `.${String(key)}` : String(key);
	return out;
}
function invalid(ctx, path, detail, body, cause) {
	const where = `${ctx.method} ${redactUrl(ctx.url)}`;
	return new VernApiError({
		kind: "invalid_response",
		status: ctx.status,
		method: ctx.method,
		url: redactUrl(ctx.url),
		path,
		body,
		cause,
		message: `Unexpected response from ${where}: ${path ? `${path}: ` : ""}${detail}`
	});
}
/** Parse a body that must be JSON; anything else is an `invalid_response`, never a raw SyntaxError. */
function parseJsonText(text, ctx) {
	if (text.trim() === "") throw invalid(ctx, "", "expected a JSON body, got an empty one", text);
	try {
		return JSON.parse(text);
	} catch (cause) {
		const preview = text.length > 80 ? `${text.slice(0, 80)}…` : text;
		throw invalid(ctx, "", `expected JSON, got ${JSON.stringify(preview)}`, void 0, cause);
	}
}
/** Validate with a schema; the first failing field is named in `path` and in the message. */
function validate(schema, value, ctx) {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	throw invalid(ctx, issue ? formatIssuePath(issue.path) : "", issue?.message ?? "does not match the documented shape", value, result.error);
}
export { formatIssuePath, parseJsonText, validate };
