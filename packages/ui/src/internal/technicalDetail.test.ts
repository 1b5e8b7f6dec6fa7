import { technicalDetail } from './technicalDetail.ts';

describe('technicalDetail', () => {
  it('keeps what went wrong, without URLs, paths, ids, keys or methods', () => {
    const detail = technicalDetail({
      kind: 'network',
      status: 0,
      message:
        'Could not reach https://vern.test/api/v1/migrations/0b8f0c4e-1f2a-4b7c-9d3e-5a6b7c8d9e0f/runs/abc (GET): Failed to fetch',
    });
    expect(detail).toBe('network: Could not reach …: Failed to fetch');
  });

  it('removes a relative path and a key-like token, and shows bidi controls', () => {
    const detail = technicalDetail({
      kind: 'auth',
      status: 401,
      message: 'Key vk_live_8f7d6e5c4b3a29180f7e6d5c4b rejected for /migrations/m1/thread \u202Eok',
    });
    expect(detail).toBe('auth 401: Key … rejected for … [U+202E]ok');
  });
});
