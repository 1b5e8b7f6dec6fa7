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

interface Decoded<T> {
  value: T | null;
  /** The stored record without its `savedAt`, to skip writes that change nothing. */
  content: string | null;
  expired: boolean;
}

const NOTHING: Decoded<never> = { value: null, content: null, expired: false };

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
  let cached: Decoded<T> = NOTHING;
  let unsaved: { raw: string | null } | undefined;

  const readRaw = (): string | null => {
    if (unsaved) return unsaved.raw;
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };

  const decode = (raw: string | null): Decoded<T> => {
    if (raw === null) return NOTHING;
    try {
      const stored: unknown = JSON.parse(raw);
      if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return NOTHING;
      const { savedAt, ...rest } = stored as Record<string, unknown>;
      // A record without `savedAt` (written before records were stamped) counts as fresh.
      if (typeof savedAt === 'number' && Date.now() - savedAt > maxAgeMs) {
        return { value: null, content: null, expired: true };
      }
      return { value: parse(rest), content: JSON.stringify(rest), expired: false };
    } catch {
      return NOTHING;
    }
  };

  const read = (): Decoded<T> => {
    const raw = readRaw();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = decode(raw);
    }
    return cached;
  };

  return {
    key,
    get: () => read().value,
    set(value) {
      const content = value === null ? null : JSON.stringify(value);
      const current = read();
      if (content === null ? cachedRaw === null : content === current.content) return;
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
      let seen = readRaw();
      // Two channels can report one change (this page's write, the storage's own notice).
      const onChange = () => {
        const raw = readRaw();
        if (raw === seen) return;
        seen = raw;
        listener();
      };
      const local = listenersFor(storage, key);
      local.add(onChange);
      const unwatch = watchStorage(storage, key, onChange);
      return () => {
        local.delete(onChange);
        unwatch();
      };
    },
    prune() {
      if (!read().expired) return;
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: an unreadable old record already reads as nothing stored.
      }
    },
  };
}
