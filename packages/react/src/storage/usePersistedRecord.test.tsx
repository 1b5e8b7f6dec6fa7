import { act, renderHook } from '@testing-library/react';
import { createMemoryStorage } from './createMemoryStorage.ts';
import { FLOW_RECORD_MAX_AGE_MS } from './persistedRecord.ts';
import { usePersistedRecord } from './usePersistedRecord.ts';

const parse = (v: unknown) =>
  typeof v === 'object' && v !== null && 'id' in v ? { id: String((v as { id: unknown }).id) } : null;
const stored = (id: string, savedAt = Date.now()) => JSON.stringify({ id, savedAt });

describe('usePersistedRecord', () => {
  afterEach(() => window.localStorage.clear());

  it('uses localStorage by default and follows another tab through the storage event', () => {
    const { result } = renderHook(() => usePersistedRecord(undefined, 'vernkit:test', parse));
    expect(result.current[0]).toBeNull();
    act(() => result.current[1].set({ id: 'here' }));
    expect(JSON.parse(window.localStorage.getItem('vernkit:test') ?? '')).toMatchObject({ id: 'here' });

    // Another tab writes the key: the browser changes the shared storage and fires `storage` here.
    window.localStorage.setItem('vernkit:test', stored('there'));
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'vernkit:test', storageArea: window.localStorage }),
      );
    });
    expect(result.current[0]).toEqual({ id: 'there' });
  });

  it('keeps two "tabs" on one shared storage in step, both ways', () => {
    const storage = createMemoryStorage();
    const first = renderHook(() => usePersistedRecord(storage, 'k', parse));
    const second = renderHook(() => usePersistedRecord(storage, 'k', parse));
    act(() => first.result.current[1].set({ id: 'a' }));
    expect(second.result.current[0]).toEqual({ id: 'a' });
    act(() => second.result.current[1].set({ id: 'b' }));
    expect(first.result.current[0]).toEqual({ id: 'b' });
  });

  it('removes a record past its age on mount, and reads it as nothing stored', () => {
    const storage = createMemoryStorage({ k: stored('old', Date.now() - FLOW_RECORD_MAX_AGE_MS - 1) });
    const { result } = renderHook(() => usePersistedRecord(storage, 'k', parse));
    expect(result.current[0]).toBeNull();
    expect(storage.getItem('k')).toBeNull();
  });

  it('keeps the record to this component with storage null', () => {
    const { result } = renderHook(() => usePersistedRecord(null, 'vernkit:test', parse));
    act(() => result.current[1].set({ id: 'mine' }));
    expect(result.current[0]).toEqual({ id: 'mine' });
    expect(window.localStorage.getItem('vernkit:test')).toBeNull();
  });
});
