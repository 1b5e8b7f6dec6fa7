import type { FlowStorage } from './FlowStorage.ts';

/**
 * A `FlowStorage` that lives as long as the page: the fallback where no Web Storage is usable,
 * and handy in tests. Every change is announced through `subscribe`, so flows that share one
 * memory storage (two "tabs" in a test) follow each other as tabs sharing `localStorage` do.
 */
export function createMemoryStorage(initial?: Record<string, string>): FlowStorage {
  const items = new Map<string, string>(Object.entries(initial ?? {}));
  const listeners = new Set<{ key: string; onChange: () => void }>();
  const write = (key: string, value: string | undefined) => {
    if (items.get(key) === value) return;
    if (value === undefined) items.delete(key);
    else items.set(key, value);
    for (const listener of [...listeners]) if (listener.key === key) listener.onChange();
  };
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => write(key, String(value)),
    removeItem: (key) => write(key, undefined),
    subscribe: (key, onChange) => {
      const listener = { key, onChange };
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
