import { createMemoryStorage } from "./createMemoryStorage.js";
// src/storage/defaultFlowStorage.ts
let fallback;
/**
* `sessionStorage` in a browser (a reload resumes, a new tab starts clean), memory elsewhere.
* Reading `window.sessionStorage` can itself throw (sandboxed iframes, storage disabled), and
* writes can throw when the quota is full, so both fall back to memory instead of breaking the flow.
*/
function defaultFlowStorage() {
	const session = browserSessionStorage();
	if (session) return session;
	fallback ??= createMemoryStorage();
	return fallback;
}
function browserSessionStorage() {
	if (typeof window === "undefined") return null;
	try {
		const storage = window.sessionStorage;
		const probe = "__vernkit_probe__";
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}
export { defaultFlowStorage };
