import { defaultFlowStorage } from './defaultFlowStorage.ts';

describe('defaultFlowStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is localStorage in a browser, shared by the tabs of the origin', () => {
    expect(defaultFlowStorage()).toBe(window.localStorage);
  });

  it('falls back to memory when localStorage is unavailable (sandboxed iframe, storage disabled)', () => {
    const local = window.localStorage;
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = defaultFlowStorage();
    expect(storage).not.toBe(local);
    storage.setItem('k', 'v');
    expect(defaultFlowStorage().getItem('k')).toBe('v');
  });

  it('falls back to memory when localStorage refuses writes (quota)', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(refusing);
    const storage = defaultFlowStorage();
    expect(storage).not.toBe(refusing);
    storage.setItem('q', 'kept');
    expect(storage.getItem('q')).toBe('kept');
  });
});
