import type { FlowStorage } from './FlowStorage.ts';

/**
 * How long a stored record counts after its last change. A customer who comes back within a
 * month resumes; a record left behind by a migration nobody opens again is ignored after that
 * (and removed when a flow next mounts on its key). The server stays the truth either way:
 * a flow re-reads the run, and a run the server no longer has is forgotten.
 */
export const FLOW_RECORD_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** A JSON value under one storage key, readable through `useSyncExternalStore`. */
export interface PersistedRecord<T> {
  readonly key: string;
  /** The stored value, or `null` when absent, unreadable or too old. Stable between writes. */
  get(): T | null;
  set(value: T | null): void;
  /** Calls `listener` when the value changes here, in another tab, or in the storage itself. */
  subscribe(listener: () => void): () => void;
  /** Removes a stored value older than the record's maximum age. */
  prune(): void;
}

const listenersByStorage = new WeakMap<FlowStorage, Map<string, Set<() => void>>>();

function listenersFor(storage: FlowStorage, key: string): Set<() => void> {
  let byKey = listenersByStorage.get(storage);
  if (!byKey) {
    byKey = new Map();
    listenersByStorage.set(storage, byKey);
  }
  let set = byKey.get(key);
  if (!set) {
    set = new Set();
    byKey.set(key, set);
  }
  return set;
}

/** Changes made outside this page's records: the storage's own `subscribe`, else the `storage` event. */
function watchStorage(storage: FlowStorage, key: string, onChange: () => void): () => void {
  if (storage.subscribe) return storage.subscribe(key, onChange);
  if (typeof window === 'undefined') return () => undefined;
  // `localStorage` fires this in every other tab of the origin; `event.key` is null on `clear()`.
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/**
 * Storage is untrusted: another version of the kit, the user or an extension may have written
 * anything under the key, so `parse` validates and a value it rejects reads as `null`.
 * Each write stamps `savedAt`; a record older than `maxAgeMs` reads as `null`.
 * A write the storage refuses (quota, privacy mode) still updates this page's copy, so the
 * flow keeps working and only the resume is lost.
 */
export function persistedRecord<T extends object>(
  storage: FlowStorage,
  key: string,
  parse: (value: unknown) => T | null,
  maxAgeMs: number = FLOW_RECORD_MAX_AGE_MS,
): PersistedRecord<T> {
  let cachedRaw: string | null | undefined;
  let cachedValue: T | null = null;
  let unsaved: { raw: string | null } | undefined;

  const readRaw = (): string | null => {
    if (unsaved) return unsaved.raw;
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };

  /** The stored record without its stamp, or `undefined` when it is past its age. Throws on non-JSON. */
  const unstamp = (raw: string): Record<string, unknown> | undefined => {
    // `null` throws here; another primitive or an array reads as an object `parse` rejects.
    const { savedAt, ...rest } = JSON.parse(raw) as Record<string, unknown>;
    // A record without `savedAt` (written before records were stamped) counts as fresh.
    return typeof savedAt === 'number' && Date.now() - savedAt > maxAgeMs ? undefined : rest;
  };

  const get = (): T | null => {
    const raw = readRaw();
    if (raw === cachedRaw) return cachedValue;
    cachedRaw = raw;
    cachedValue = null;
    try {
      const rest = raw === null ? undefined : unstamp(raw);
      if (rest) cachedValue = parse(rest);
    } catch {
      // Not JSON: nothing stored.
    }
    return cachedValue;
  };

  return {
    key,
    get,
    set(value) {
      const current = get();
      if (value === null ? cachedRaw === null : JSON.stringify(value) === JSON.stringify(current)) return;
      const raw = value === null ? null : JSON.stringify({ ...value, savedAt: Date.now() });
      try {
        if (raw === null) storage.removeItem(key);
        else storage.setItem(key, raw);
        unsaved = undefined;
      } catch {
        unsaved = { raw };
      }
      for (const listener of [...listenersFor(storage, key)]) listener();
    },
    subscribe(listener) {
      const local = listenersFor(storage, key);
      local.add(listener);
      const unwatch = watchStorage(storage, key, listener);
      return () => {
        local.delete(listener);
        unwatch();
      };
    },
    prune() {
      const raw = readRaw();
      try {
        if (raw !== null && !unstamp(raw)) storage.removeItem(key);
      } catch {
        // Unreadable records are left alone (another version of the kit may own them).
      }
    },
  };
}
