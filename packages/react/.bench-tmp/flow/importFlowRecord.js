// src/flow/importFlowRecord.ts
const EMPTY_IMPORT_RECORD = {
	v: 1,
	runId: null,
	idempotencyKey: null,
	files: []
};
function parseImportFlowRecord(value) {
	if (typeof value !== "object" || value === null) return null;
	const v = value;
	if (v.v !== 1) return null;
	const files = Array.isArray(v.files) ? v.files.filter((f) => typeof f === "object" && f !== null && typeof f.name === "string" && typeof f.upload_ref === "string") : [];
	return {
		v: 1,
		runId: typeof v.runId === "string" && v.runId ? v.runId : null,
		idempotencyKey: typeof v.idempotencyKey === "string" && v.idempotencyKey ? v.idempotencyKey : null,
		files: files.map(({ name, upload_ref }) => ({
			name,
			upload_ref
		}))
	};
}
export { EMPTY_IMPORT_RECORD, parseImportFlowRecord };
