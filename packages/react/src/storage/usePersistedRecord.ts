import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createMemoryStorage } from './createMemoryStorage.ts';
import { defaultFlowStorage } from './defaultFlowStorage.ts';
import type { FlowStorage } from './FlowStorage.ts';
import { type PersistedRecord, persistedRecord } from './persistedRecord.ts';

/**
 * A persisted record as React state, following changes from other tabs. The server render
 * (and hydration) reads nothing stored, so markup matches; the stored value arrives in the
 * render right after. `storage: null` keeps the record in memory for this component only.
 */
export function usePersistedRecord<T extends object>(
  storage: FlowStorage | null | undefined,
  key: string,
  parse: (value: unknown) => T | null,
): [T | null, PersistedRecord<T>] {
  const [own] = useState(() => createMemoryStorage());
  const target = storage === null ? own : (storage ?? null);
  // `parse` is a module-level function at every call site; a new identity must not reset the record.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const record = useMemo(() => persistedRecord(target ?? defaultFlowStorage(), key, parse), [target, key]);
  useEffect(() => record.prune(), [record]);
  const value = useSyncExternalStore(record.subscribe, record.get, () => null);
  return [value, record];
}
