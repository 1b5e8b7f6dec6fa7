import type { FlowStorage } from './FlowStorage.ts';

/** A `FlowStorage` that lives as long as the page: the server default, and handy in tests. */
export function createMemoryStorage(initial?: Record<string, string>): FlowStorage {
  const items = new Map<string, string>(Object.entries(initial ?? {}));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}
