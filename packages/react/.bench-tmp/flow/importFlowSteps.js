// src/flow/importFlowSteps.ts
/** Where an import (imports preview) stands. */
const IMPORT_FLOW_STEPS = [
	"files",
	"importing",
	"needs_attention",
	"completed",
	"failed",
	"canceled"
];
const IMPORT_FLOW_ACTIONS = [
	"upload",
	"start",
	"approve",
	"reject",
	"reset"
];
/** The imports API has no cancel, so an import in progress allows nothing until it settles. */
const IMPORT_ACTIONS_BY_STEP = {
	files: [
		"upload",
		"start",
		"reset"
	],
	importing: [],
	needs_attention: ["approve", "reject"],
	completed: ["reset"],
	failed: ["reset"],
	canceled: ["reset"]
};
function allowedImportActions(step, pending, uploadedCount) {
	if (pending) return [];
	const base = IMPORT_ACTIONS_BY_STEP[step];
	return uploadedCount === 0 ? base.filter((a) => a !== "start") : base;
}
function deriveImportStep(input) {
	if (!input.runId) return input.pending === "start" || input.starting ? "importing" : "files";
	switch (input.run?.status) {
		case "needs_attention": return "needs_attention";
		case "completed": return "completed";
		case "failed": return "failed";
		case "canceled": return "canceled";
		default: return "importing";
	}
}
export { IMPORT_ACTIONS_BY_STEP, IMPORT_FLOW_ACTIONS, IMPORT_FLOW_STEPS, allowedImportActions, deriveImportStep };
