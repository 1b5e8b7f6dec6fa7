import { backoffDelay, isVernApiError, sleep } from "@vernkit/core";
// src/mutations/startRunRecovering.ts
/** Outcomes where the POST may have landed although no answer came back. */
function outcomeUnknown(error) {
	return isVernApiError(error) && (error.kind === "network" || error.kind === "server" && error.status !== 501);
}
function adopt(error, kind) {
	if (isVernApiError(error) && error.kind === "conflict" && error.runId) return {
		runId: error.runId,
		kind,
		status: null,
		pollUrl: null,
		adopted: true
	};
	return null;
}
/**
* Start (or resume) a run without ever running two. Only one run is in flight per migration,
* so a `409` carrying `run_id` means "this one": adopt it. A response lost to the network (or a
* 5xx, which leaves the outcome unknown) is recovered the same way: re-issue once, and either
* the first request never landed (this one starts the run) or it did (409 → adopt).
*/
async function startRunRecovering(client, migrationId, body, signal) {
	const started = (accepted) => ({
		runId: accepted.run_id,
		kind: body.kind,
		status: accepted.status,
		pollUrl: accepted.poll_url ?? null,
		adopted: false
	});
	try {
		return started(await client.startRun(migrationId, body, { signal }));
	} catch (error) {
		const adopted = adopt(error, body.kind);
		if (adopted) return adopted;
		if (!outcomeUnknown(error) || signal?.aborted) throw error;
	}
	await sleep(backoffDelay(1, {
		base: 500,
		cap: 2e3
	}), signal);
	try {
		return started(await client.startRun(migrationId, body, { signal }));
	} catch (error) {
		const adopted = adopt(error, body.kind);
		if (adopted) return adopted;
		throw error;
	}
}
export { startRunRecovering };
