import { act, renderHook, waitFor } from '@testing-library/react';
import { usePersistedRecord } from './usePersistedRecord.ts';

const parse = (v: unknown) =>
  typeof v === 'object' && v !== null && 'id' in v ? { id: String((v as { id: unknown }).id) } : null;
const KEY = 'vernkit:browser-test';

/** Another document of the same origin: its writes reach this one only as a real `storage` event. */
function otherTab(): { localStorage: Storage; close(): void } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window;
  return { localStorage: win.localStorage, close: () => frame.remove() };
}

describe('usePersistedRecord in Chromium', () => {
  afterEach(() => window.localStorage.removeItem(KEY));

  it('follows a write to localStorage made by another document of the origin', async () => {
    const { result } = renderHook(() => usePersistedRecord(undefined, KEY, parse));
    act(() => result.current[1].set({ id: 'here' }));
    const tab = otherTab();
    try {
      expect(tab.localStorage.getItem(KEY)).toContain('"id":"here"');
      tab.localStorage.setItem(KEY, JSON.stringify({ id: 'there', savedAt: Date.now() }));
      await waitFor(() => expect(result.current[0]).toEqual({ id: 'there' }));
      tab.localStorage.removeItem(KEY);
      await waitFor(() => expect(result.current[0]).toBeNull());
    } finally {
      tab.close();
    }
  });
});
