// src/storage/createMemoryStorage.ts
/** A `FlowStorage` that lives as long as the page: the server default, and handy in tests. */
function createMemoryStorage(initial) {
	const items = new Map(Object.entries(initial ?? {}));
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => {
			items.set(key, String(value));
		},
		removeItem: (key) => {
			items.delete(key);
		}
	};
}
export { createMemoryStorage };
