// src/flow/flowSteps.ts
/**
* Where a migration flow stands. `blocked` carries `blocked.reason` (`question` or
* `credentials`); `failed` and `canceled` end a run, after which `generate` or `reset` start over.
*/
const FLOW_STEPS = [
	"files",
	"generating",
	"blocked",
	"preview",
	"refining",
	"executing",
	"report",
	"failed",
	"canceled"
];
const FLOW_ACTIONS = [
	"upload",
	"generate",
	"answer",
	"submitCredentials",
	"refine",
	"clarify",
	"execute",
	"cancel",
	"reset"
];
/**
* What each step allows. `reset` forgets the current run locally, so it is offered only when
* no run is in flight; an in-flight run is canceled first. While any action is being sent,
* the flow allows nothing else (see `allowedFlowActions`).
*/
const ACTIONS_BY_STEP = {
	files: [
		"upload",
		"generate",
		"reset"
	],
	generating: ["cancel"],
	blocked: ["cancel"],
	preview: [
		"refine",
		"clarify",
		"execute",
		"reset"
	],
	refining: ["cancel"],
	executing: ["cancel"],
	report: ["reset"],
	failed: ["generate", "reset"],
	canceled: ["generate", "reset"]
};
function allowedFlowActions(step, block, pending) {
	if (pending) return [];
	const base = ACTIONS_BY_STEP[step];
	if (step !== "blocked") return base;
	if (block?.reason === "question") return ["answer", ...base];
	if (block?.reason === "credentials") return ["submitCredentials", ...base];
	return base;
}
/** The phase a run-starting action puts the flow in while its `POST /runs` is on the wire. */
const STEP_WHILE_STARTING = {
	generate: "generating",
	refine: "refining",
	clarify: "refining",
	execute: "executing"
};
const RUNNING_STEP = {
	generate: "generating",
	update: "refining",
	clarify: "refining",
	execute: "executing"
};
/**
* The step is derived, never stored: the server's run is the truth, so a reload, a second tab
* or a late stream always lands on the same step.
*/
function deriveFlowStep({ runId, kind, run, migrationStatus, pending }) {
	const starting = pending ? STEP_WHILE_STARTING[pending] : void 0;
	if (!runId) {
		if (starting) return starting;
		if (migrationStatus === "awaiting_approval") return "preview";
		return "files";
	}
	const phase = kind ? RUNNING_STEP[kind] : "generating";
	if (!run) return phase;
	switch (run.status) {
		case "blocked": return "blocked";
		case "awaiting_approval":
			if (kind === "execute") return "executing";
			return starting ?? "preview";
		case "completed":
			if (kind === "execute" || run.report) return "report";
			return starting ?? "preview";
		case "failed": return starting ?? "failed";
		case "canceled": return starting ?? "canceled";
		default: return phase;
	}
}
function flowBlock(run) {
	if (run?.status !== "blocked") return null;
	const reason = run.blocked_reason ?? (run.credential_request ? "credentials" : "question");
	if (reason === "question") return {
		reason,
		questions: run.questions
	};
	if (reason === "credentials") return {
		reason,
		request: run.credential_request ?? null
	};
	return {
		reason: "unknown",
		rawReason: reason
	};
}
export { ACTIONS_BY_STEP, FLOW_ACTIONS, FLOW_STEPS, allowedFlowActions, deriveFlowStep, flowBlock };
