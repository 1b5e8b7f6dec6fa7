import type { FlowStorage } from './FlowStorage.ts';

/**
 * A `FlowStorage` that lives as long as the page: the fallback where no Web Storage is usable,
 * and handy in tests. Every change is announced through `subscribe`, so flows that share one
 * memory storage (two "tabs" in a test) follow each other as tabs sharing `localStorage` do.
 */
export function createMemoryStorage(initial?: Record<string, string>): FlowStorage {
  const items = new Map(Object.entries(initial ?? {}));
  // One event type per key.
  const changes = new EventTarget();
  const write = (key: string, value?: string) => {
    if (items.get(key) === value) return;
    if (value === undefined) items.delete(key);
    else items.set(key, value);
    changes.dispatchEvent(new Event(key));
  };
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => write(key, String(value)),
    removeItem: (key) => write(key),
    subscribe: (key, onChange) => {
      changes.addEventListener(key, onChange);
      return () => changes.removeEventListener(key, onChange);
    },
  };
}
