import { backoffDelay, isVernApiError, sleep } from "@vernkit/core";
// src/mutations/startImportRecovering.ts
function outcomeUnknown(error) {
	return isVernApiError(error) && (error.kind === "network" || error.kind === "server" && error.status !== 501);
}
/**
* Start an import without ever starting two. With an `idempotency_key`, a lost response is
* re-sent once and the server answers with the same run. A `409` (one import at a time per
* company) adopts the run it names, or else the company's active import.
*/
async function startImportRecovering(client, companyId, body) {
	const attempt = async () => {
		const accepted = await client.startImport(companyId, body);
		return {
			runId: accepted.run_id,
			status: accepted.status,
			pollUrl: accepted.poll_url ?? null,
			adopted: false
		};
	};
	const adoptActive = async (error) => {
		if (isVernApiError(error) && error.runId) {
			const named = await client.getImport(companyId, error.runId).catch(() => null);
			return {
				runId: error.runId,
				status: named?.status ?? "queued",
				pollUrl: null,
				adopted: true
			};
		}
		const active = await client.getActiveImport(companyId).catch(() => null);
		if (active?.run_id) return {
			runId: active.run_id,
			status: active.status,
			pollUrl: null,
			adopted: true
		};
		throw error;
	};
	const isConflict = (error) => isVernApiError(error) && error.kind === "conflict";
	try {
		return await attempt();
	} catch (error) {
		if (isConflict(error)) return adoptActive(error);
		if (!(outcomeUnknown(error) && body.idempotency_key)) throw error;
	}
	await sleep(backoffDelay(1, {
		base: 500,
		cap: 2e3
	}));
	try {
		return await attempt();
	} catch (error) {
		if (isConflict(error)) return adoptActive(error);
		throw error;
	}
}
export { startImportRecovering };
