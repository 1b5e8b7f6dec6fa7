import { RUN_KINDS } from "@vernkit/core";
// src/flow/flowReducer.ts
const EMPTY_FLOW_RECORD = {
	v: 1,
	migrationId: null,
	runId: null,
	kind: null
};
function flowReducer(state, event) {
	switch (event.type) {
		case "migration_ready":
			if (state.migrationId === event.migrationId) return state;
			return {
				v: 1,
				migrationId: event.migrationId,
				runId: null,
				kind: null
			};
		case "run_started":
			if (!state.migrationId) return state;
			if (state.runId === event.runId && state.kind === event.kind) return state;
			return {
				...state,
				runId: event.runId,
				kind: event.kind
			};
		case "run_lost":
			if (state.runId !== event.runId) return state;
			return {
				...state,
				runId: null,
				kind: null
			};
		case "reset":
			if (state.runId === null && state.kind === null) return state;
			return {
				...state,
				runId: null,
				kind: null
			};
	}
}
/** Storage is untrusted input: anything that is not a record of ours reads as nothing stored. */
function parseFlowRecord(value) {
	if (typeof value !== "object" || value === null) return null;
	const v = value;
	if (v.v !== 1) return null;
	const migrationId = typeof v.migrationId === "string" && v.migrationId ? v.migrationId : null;
	const runId = migrationId && typeof v.runId === "string" && v.runId ? v.runId : null;
	return {
		v: 1,
		migrationId,
		runId,
		kind: runId && RUN_KINDS.includes(v.kind) ? v.kind : null
	};
}
export { EMPTY_FLOW_RECORD, flowReducer, parseFlowRecord };
