// src/status/runStatus.ts
const TERMINAL = {
	generate: /* @__PURE__ */ new Set([
		"awaiting_approval",
		"failed",
		"canceled",
		"blocked"
	]),
	update: /* @__PURE__ */ new Set([
		"awaiting_approval",
		"failed",
		"canceled",
		"blocked"
	]),
	clarify: /* @__PURE__ */ new Set([
		"completed",
		"failed",
		"canceled"
	]),
	execute: /* @__PURE__ */ new Set([
		"completed",
		"failed",
		"canceled"
	]),
	import: /* @__PURE__ */ new Set([
		"completed",
		"failed",
		"canceled",
		"needs_attention"
	])
};
/**
* Where polling stops for a phase. An `unknown` status is never terminal: keep polling
* (backing off) rather than strand a run the kit does not understand yet.
*
* @example isTerminalFor('generate', run.status) // true at awaiting_approval, blocked, failed, canceled
*/
function isTerminalFor(phase, status) {
	return TERMINAL[phase]?.has(status) ?? false;
}
/** The agent is working (or about to). */
function isActiveStatus(status) {
	return status === "queued" || status === "running";
}
/** Nothing more will happen to this run without a new one: completed, failed or canceled. */
function isFinalStatus(status) {
	return status === "completed" || status === "failed" || status === "canceled";
}
/** Waiting on the user: a `blocked` run or an import that `needs_attention`. */
function isAwaitingInput(status) {
	return status === "blocked" || status === "needs_attention";
}
function isBlocked(run) {
	return run.status === "blocked";
}
/** A question block; `blocked_reason` may be absent on older payloads that still carry questions. */
function isQuestionBlock(run) {
	return isBlocked(run) && (run.blocked_reason === "question" || !run.blocked_reason && run.questions.length > 0);
}
function isCredentialBlock(run) {
	return isBlocked(run) && (run.blocked_reason === "credentials" || !run.blocked_reason && !!run.credential_request);
}
function needsAttention(run) {
	return run.status === "needs_attention";
}
export { isActiveStatus, isAwaitingInput, isBlocked, isCredentialBlock, isFinalStatus, isQuestionBlock, isTerminalFor, needsAttention };
