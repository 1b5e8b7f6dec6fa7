import { createMemoryStorage } from './createMemoryStorage.ts';
import type { FlowStorage } from './FlowStorage.ts';
import { FLOW_RECORD_MAX_AGE_MS, persistedRecord } from './persistedRecord.ts';

const parse = (v: unknown) =>
  typeof v === 'object' && v !== null && 'id' in v ? { id: String((v as { id: unknown }).id) } : null;

const DAY = 24 * 60 * 60 * 1000;

describe('persistedRecord', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2025-03-01T12:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('round-trips through storage, stamped with when it was saved, and returns a stable snapshot between writes', () => {
    const storage = createMemoryStorage();
    const record = persistedRecord(storage, 'k', parse);
    expect(record.get()).toBeNull();
    record.set({ id: 'a' });
    expect(JSON.parse(storage.getItem('k') ?? '')).toEqual({ id: 'a', savedAt: Date.now() });
    expect(record.get()).toBe(record.get());
    expect(persistedRecord(storage, 'k', parse).get()).toEqual({ id: 'a' });
    record.set(null);
    expect(storage.getItem('k')).toBeNull();
  });

  it('notifies every record of the same storage key, and writes nothing for a write that changes nothing', () => {
    const storage = createMemoryStorage();
    const a = persistedRecord(storage, 'k', parse);
    const b = persistedRecord(storage, 'k', parse);
    const seen = vi.fn();
    b.subscribe(seen);
    a.set({ id: 'x' });
    expect(seen).toHaveBeenCalled();
    expect(b.get()).toEqual({ id: 'x' });
    const written = storage.getItem('k');
    seen.mockClear();
    vi.advanceTimersByTime(DAY);
    a.set({ id: 'x' });
    expect(storage.getItem('k')).toBe(written);
    expect(seen).not.toHaveBeenCalled();
  });

  it('notifies the records of a Web Storage (no subscribe of its own) for this page’s writes', () => {
    const items = new Map<string, string>();
    const web: FlowStorage = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    };
    const seen = vi.fn();
    persistedRecord(web, 'k', parse).subscribe(seen);
    persistedRecord(web, 'k', parse).set({ id: 'x' });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('follows changes made to the storage by someone else (another tab), through its subscribe', () => {
    const storage = createMemoryStorage();
    const record = persistedRecord(storage, 'k', parse);
    const seen = vi.fn();
    const unsubscribe = record.subscribe(seen);
    storage.setItem('k', JSON.stringify({ id: 'elsewhere', savedAt: Date.now() }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(record.get()).toEqual({ id: 'elsewhere' });
    storage.setItem('other', '{}');
    expect(seen).toHaveBeenCalledTimes(1);
    unsubscribe();
    storage.removeItem('k');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('reads garbage as nothing stored', () => {
    const storage = createMemoryStorage({ k: '{not json' });
    expect(persistedRecord(storage, 'k', parse).get()).toBeNull();
    storage.setItem('k', '{"other":1}');
    expect(persistedRecord(storage, 'k', parse).get()).toBeNull();
    storage.setItem('k', '[{"id":"a"}]');
    expect(persistedRecord(storage, 'k', parse).get()).toBeNull();
  });

  it('ignores a record older than the maximum age, and prune removes it', () => {
    const storage = createMemoryStorage();
    persistedRecord(storage, 'k', parse).set({ id: 'old' });
    vi.advanceTimersByTime(FLOW_RECORD_MAX_AGE_MS - DAY);
    expect(persistedRecord(storage, 'k', parse).get()).toEqual({ id: 'old' });
    vi.advanceTimersByTime(2 * DAY);
    const record = persistedRecord(storage, 'k', parse);
    expect(record.get()).toBeNull();
    record.prune();
    expect(storage.getItem('k')).toBeNull();
  });

  it('leaves a fresh or unreadable record alone on prune', () => {
    const storage = createMemoryStorage({
      fresh: JSON.stringify({ id: 'a', savedAt: Date.now() }),
      bad: '{',
    });
    persistedRecord(storage, 'fresh', parse).prune();
    persistedRecord(storage, 'bad', parse).prune();
    expect(storage.getItem('fresh')).not.toBeNull();
    expect(storage.getItem('bad')).toBe('{');
  });

  it('reads a record written before records were stamped', () => {
    const storage = createMemoryStorage({ k: '{"id":"legacy"}' });
    expect(persistedRecord(storage, 'k', parse).get()).toEqual({ id: 'legacy' });
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
    const seen = vi.fn();
    record.subscribe(seen);
    record.set({ id: 'kept' });
    expect(record.get()).toEqual({ id: 'kept' });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
