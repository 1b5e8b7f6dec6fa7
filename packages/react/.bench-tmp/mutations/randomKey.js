// src/mutations/randomKey.ts
/**
* A random idempotency key. `crypto.randomUUID` exists only in secure contexts (an http:// dev
* host has none), so fall back to `getRandomValues`, which every supported runtime has.
*/
function randomKey() {
	const c = globalThis.crypto;
	if (typeof c?.randomUUID === "function") return c.randomUUID();
	const bytes = /* @__PURE__ */ new Uint8Array(16);
	c.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
export { randomKey };
