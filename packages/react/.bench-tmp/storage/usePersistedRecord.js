import { createMemoryStorage } from "./createMemoryStorage.js";
import { defaultFlowStorage } from "./defaultFlowStorage.js";
import { persistedRecord } from "./persistedRecord.js";
import { useMemo, useState, useSyncExternalStore } from "react";
// src/storage/usePersistedRecord.ts
/**
* A persisted record as React state. The server render (and hydration) reads nothing stored,
* so markup matches; the stored value arrives in the render right after.
* `storage: null` keeps the record in memory for this component only.
*/
function usePersistedRecord(storage, key, parse) {
	const [own] = useState(() => createMemoryStorage());
	const target = storage === null ? own : storage ?? null;
	const record = useMemo(() => persistedRecord(target ?? defaultFlowStorage(), key, parse), [target, key]);
	return [useSyncExternalStore(record.subscribe, record.get, () => null), record];
}
export { usePersistedRecord };
