import type { FlowStorage } from './FlowStorage.ts';

/** A JSON value under one storage key, readable through `useSyncExternalStore`. */
export interface PersistedRecord<T> {
  readonly key: string;
  /** The stored value, or `null` when absent or unreadable. Stable between writes. */
  get(): T | null;
  set(value: T | null): void;
  subscribe(listener: () => void): () => void;
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

/**
 * Storage is untrusted: another version of the kit, the user or an extension may have written
 * anything under the key, so `parse` validates and a value it rejects reads as `null`.
 * A write the storage refuses (quota, privacy mode) still updates this page's copy, so the
 * flow keeps working and only the reload-resume is lost.
 */
export function persistedRecord<T>(
  storage: FlowStorage,
  key: string,
  parse: (value: unknown) => T | null,
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
      if (raw !== null) {
        try {
          cachedValue = parse(JSON.parse(raw));
        } catch {
          cachedValue = null;
        }
      }
      return cachedValue;
    },
    set(value) {
      const raw = value === null ? null : JSON.stringify(value);
      if (raw === readRaw()) return;
      try {
        if (raw === null) storage.removeItem(key);
        else storage.setItem(key, raw);
        unsaved = undefined;
      } catch {
        unsaved = { raw };
      }
      notify();
    },
    subscribe(listener) {
      const listeners = listenersFor(storage, key);
      listeners.add(listener);
      // Another tab writing the same localStorage key (sessionStorage never fires this).
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      const win = typeof window === 'undefined' ? undefined : window;
      win?.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        win?.removeEventListener('storage', onStorage);
      };
    },
  };
}
