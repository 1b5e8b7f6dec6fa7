/**
 * Where a flow keeps its ids between page loads: the subset of the Web Storage API a flow
 * uses, so `localStorage`, `sessionStorage` or any async-free adapter fits.
 */
export interface FlowStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /**
   * Optional: call `onChange` when the value under `key` may have changed outside this page's
   * flows (another tab, another window, another writer); returns the unsubscribe. Writes made
   * through this page's flows are seen without it. Without it, a flow follows other tabs only
   * through the browser's `storage` event, which `localStorage` fires in every other tab.
   */
  subscribe?(key: string, onChange: () => void): () => void;
}
