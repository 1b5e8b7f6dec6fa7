import { VernApiError } from "../errors/VernApiError.js";
// src/http/url.ts
/**
* One path segment, encoded so it stays one segment: a source named `CRM / Legacy` must not
* become two, and `.`/`..` must not be collapsed by URL normalisation into a different route.
*/
function encodeSegment(value, name) {
	if (typeof value !== "string" || value.length === 0) throw new VernApiError({
		kind: "bad_request",
		status: 0,
		path: name,
		message: `${name} must be a non-empty string`
	});
	const encoded = encodeURIComponent(value);
	if (encoded === ".") return "%2E";
	if (encoded === "..") return "%2E%2E";
	return encoded;
}
function queryString(query) {
	if (!query) return "";
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) if (value !== void 0 && value !== null) params.append(key, String(value));
	const text = params.toString();
	return text ? `?${text}` : "";
}
/** `baseUrl` without trailing slashes; relative bases (a host proxy such as `/api/vern`) stay relative. */
function normalizeBaseUrl(baseUrl) {
	if (typeof baseUrl !== "string" || baseUrl.trim() === "") throw new TypeError("createVernClient: `baseUrl` is required, e.g. \"https://app.vern.so/api/v1\" or \"/api/vern\"");
	return baseUrl.trim().replace(/\/+$/, "");
}
function joinUrl(baseUrl, path, query) {
	return `${baseUrl}${path}${queryString(query)}`;
}
function currentOrigin() {
	const location = globalThis.location;
	return typeof location?.origin === "string" && location.origin !== "null" ? location.origin : void 0;
}
const API_PREFIX = "/api/v1/";
/**
* Turn a `poll_url` (absolute, or relative to the API origin as the imports preview sends it)
* into a URL this client can call. A URL under `baseUrl` is used as given. One that names
* Vern's own `/api/v1/` route while the client talks to a proxy is re-based onto `baseUrl`,
* so the request goes through the proxy and the key never has to reach the browser.
* Anything else on a foreign origin is refused: the client would otherwise send its
* credentials to a host the server named.
*/
function resolvePollUrl(baseUrl, pollUrl) {
	if (typeof pollUrl !== "string" || pollUrl.trim() === "") throw new VernApiError({
		kind: "bad_request",
		status: 0,
		path: "poll_url",
		message: "poll_url must be a non-empty string"
	});
	const fallbackOrigin = currentOrigin() ?? "http://vernkit.invalid";
	const base = new URL(`${baseUrl}/`, fallbackOrigin);
	const target = new URL(pollUrl.trim(), base.origin);
	const baseIsRelative = !/^[a-z][a-z\d+.-]*:/i.test(baseUrl);
	const present = (url) => baseIsRelative && url.origin === base.origin ? `${url.pathname}${url.search}` : url.href;
	if (target.origin === base.origin && target.pathname.startsWith(base.pathname)) return present(target);
	const at = target.pathname.indexOf(API_PREFIX);
	if (at !== -1) return `${baseUrl}${target.pathname.slice(at + 8 - 1)}${target.search}`;
	if (target.origin === base.origin) return present(target);
	throw new VernApiError({
		kind: "bad_request",
		status: 0,
		path: "poll_url",
		message: `poll_url points outside the API (${target.origin}); refusing to send credentials there`
	});
}
/** For error reports: the URL without its query, which may hold signed-URL tokens. */
function redactUrl(url) {
	const cut = url.search(/[?#]/);
	return cut === -1 ? url : url.slice(0, cut);
}
export { encodeSegment, joinUrl, normalizeBaseUrl, queryString, redactUrl, resolvePollUrl };
