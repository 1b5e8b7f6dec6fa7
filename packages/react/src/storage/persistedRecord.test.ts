import { createMemoryStorage } from './createMemoryStorage.ts';
import type { FlowStorage } from './FlowStorage.ts';
import { persistedRecord } from './persistedRecord.ts';

const parse = (v: unknown) =>
  typeof v === 'object' && v !== null && 'id' in v ? (v as { id: string }) : null;

describe('persistedRecord', () => {
  it('round-trips through storage and returns a stable snapshot between writes', () => {
    const storage = createMemoryStorage();
    const record = persistedRecord(storage, 'k', parse);
    expect(record.get()).toBeNull();
    record.set({ id: 'a' });
    expect(storage.getItem('k')).toBe('{"id":"a"}');
    expect(record.get()).toBe(record.get());
    expect(persistedRecord(storage, 'k', parse).get()).toEqual({ id: 'a' });
  });

  it('notifies every record of the same storage key', () => {
    const storage = createMemoryStorage();
    const a = persistedRecord(storage, 'k', parse);
    const b = persistedRecord(storage, 'k', parse);
    const seen = vi.fn();
    b.subscribe(seen);
    a.set({ id: 'x' });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(b.get()).toEqual({ id: 'x' });
  });

  it('reads garbage as nothing stored', () => {
    const storage = createMemoryStorage({ k: '{not json' });
    expect(persistedRecord(storage, 'k', parse).get()).toBeNull();
    storage.setItem('k', '{"other":1}');
    expect(persistedRecord(storage, 'k', parse).get()).toBeNull();
  });

  it('keeps working when storage refuses writes', () => {
    const refusing: FlowStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const record = persistedRecord(refusing, 'k', parse);
    record.set({ id: 'kept' });
    expect(record.get()).toEqual({ id: 'kept' });
  });
});
