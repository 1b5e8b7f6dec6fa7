// src/flow/runIdFromPollUrl.ts
/** The run id at the end of a `poll_url` (`…/imports/<id>` or `…/runs/<id>`), when a body leaves `run_id` out. */
function runIdFromPollUrl(pollUrl) {
	if (!pollUrl) return null;
	const match = /\/(?:imports|runs)\/([^/?#]+)\/?(?:[?#]|$)/.exec(pollUrl);
	if (!match?.[1]) return null;
	try {
		return decodeURIComponent(match[1]);
	} catch {
		return null;
	}
}
export { runIdFromPollUrl };
