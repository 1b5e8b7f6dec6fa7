// src/storage/persistedRecord.ts
const listenersByStorage = /* @__PURE__ */ new WeakMap();
function listenersFor(storage, key) {
	let byKey = listenersByStorage.get(storage);
	if (!byKey) {
		byKey = /* @__PURE__ */ new Map();
		listenersByStorage.set(storage, byKey);
	}
	let set = byKey.get(key);
	if (!set) {
		set = /* @__PURE__ */ new Set();
		byKey.set(key, set);
	}
	return set;
}
/**
* Storage is untrusted: another version of the kit, the user or an extension may have written
* anything under the key, so `parse` validates and a value it rejects reads as `null`.
* A write the storage refuses (quota, privacy mode) still updates this page's copy, so the
* flow keeps working and only the reload-resume is lost.
*/
function persistedRecord(storage, key, parse) {
	let cachedRaw;
	let cachedValue = null;
	let unsaved;
	const readRaw = () => {
		if (unsaved) return unsaved.raw;
		try {
			return storage.getItem(key);
		} catch {
			return null;
		}
	};
	const notify = () => {
		for (const listener of [...listenersFor(storage, key)]) listener();
	};
	return {
		key,
		get() {
			const raw = readRaw();
			if (raw === cachedRaw) return cachedValue;
			cachedRaw = raw;
			cachedValue = null;
			if (raw !== null) try {
				cachedValue = parse(JSON.parse(raw));
			} catch {
				cachedValue = null;
			}
			return cachedValue;
		},
		set(value) {
			const raw = value === null ? null : JSON.stringify(value);
			if (raw === readRaw()) return;
			try {
				if (raw === null) storage.removeItem(key);
				else storage.setItem(key, raw);
				unsaved = void 0;
			} catch {
				unsaved = { raw };
			}
			notify();
		},
		subscribe(listener) {
			const listeners = listenersFor(storage, key);
			listeners.add(listener);
			const onStorage = (event) => {
				if (event.key === key || event.key === null) listener();
			};
			const win = typeof window === "undefined" ? void 0 : window;
			win?.addEventListener("storage", onStorage);
			return () => {
				listeners.delete(listener);
				win?.removeEventListener("storage", onStorage);
			};
		}
	};
}
export { persistedRecord };
