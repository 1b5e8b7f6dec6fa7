import { isPlainObject } from "./common.js";
// src/schemas/answers.ts
function readAnswers(answers) {
	if (typeof answers === "string") return answers.trim() ? {
		kind: "text",
		text: answers
	} : null;
	if (Array.isArray(answers)) {
		const pairs = [];
		for (const a of answers) if (isPlainObject(a) && typeof a.id === "string" && typeof a.value === "string") pairs.push([a.id, a.value]);
		else return null;
		return pairs.length ? {
			kind: "pairs",
			pairs
		} : null;
	}
	if (isPlainObject(answers)) {
		if (typeof answers.answers === "string" || Array.isArray(answers.answers)) return readAnswers(answers.answers);
		const pairs = [];
		for (const [k, v] of Object.entries(answers)) {
			if (typeof v !== "string") return null;
			pairs.push([k, v]);
		}
		return pairs.length ? {
			kind: "pairs",
			pairs
		} : null;
	}
	return null;
}
export { readAnswers };
