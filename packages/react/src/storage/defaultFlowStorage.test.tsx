import { defaultFlowStorage } from './defaultFlowStorage.ts';

describe('defaultFlowStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is sessionStorage in a browser', () => {
    expect(defaultFlowStorage()).toBe(window.sessionStorage);
  });

  it('falls back to memory when sessionStorage is unavailable', () => {
    const session = window.sessionStorage;
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const storage = defaultFlowStorage();
    expect(storage).not.toBe(session);
    storage.setItem('k', 'v');
    expect(defaultFlowStorage().getItem('k')).toBe('v');
  });
});
