import { createMemoryStorage } from './createMemoryStorage.ts';
import type { FlowStorage } from './FlowStorage.ts';

let fallback: FlowStorage | undefined;
// Probed once: a probe write fires a `storage` event in every other tab of the origin.
const usable = new WeakSet<Storage>();

/**
 * `localStorage` in a browser, memory elsewhere. `localStorage` is shared by every tab of the
 * origin and outlives the tab, so a reload, a second tab and a customer returning the next day
 * all find the run in flight (a record holds ids only; see `persistedRecord` for its age).
 * Reading `window.localStorage` can itself throw (sandboxed iframes, storage disabled), and
 * writes can throw when the quota is full, so both fall back to memory instead of breaking the flow.
 */
export function defaultFlowStorage(): FlowStorage {
  const local = browserLocalStorage();
  if (local) return local;
  fallback ??= createMemoryStorage();
  return fallback;
}

function browserLocalStorage(): FlowStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    const storage = window.localStorage;
    if (!usable.has(storage)) {
      const probe = '__vernkit_probe__';
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      usable.add(storage);
    }
    return storage;
  } catch {
    return null;
  }
}
