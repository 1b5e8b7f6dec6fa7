/**
 * Where a flow keeps its ids between page loads: the subset of the Web Storage API a flow
 * uses, so `sessionStorage`, `localStorage` or any async-free adapter fits.
 */
export interface FlowStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
