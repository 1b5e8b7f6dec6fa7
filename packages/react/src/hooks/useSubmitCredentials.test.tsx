import { act, renderHook } from '@testing-library/react';
import { createTestKit, seedRun } from '../test/createTestKit.tsx';
import { useRunPolling } from './useRunPolling.ts';
import { useSubmitCredentials } from './useSubmitCredentials.ts';
import { useThread } from './useThread.ts';

const SECRET = 'sk-live-7f3a9c-do-not-leak';

/** Everything TanStack holds, as text: queries (data, errors) and mutations (variables, data, errors, options). */
function everythingCached(kit: ReturnType<typeof createTestKit>): string {
  const seen = new WeakSet<object>();
  const replacer = (_: string, value: unknown) => {
    if (value instanceof Error)
      return Object.assign({ name: value.name, message: value.message, cause: value.cause }, value);
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    return value;
  };
  const queries = kit.queryClient
    .getQueryCache()
    .getAll()
    .map((q) => ({ key: q.queryKey, state: q.state }));
  const mutations = kit.queryClient
    .getMutationCache()
    .getAll()
    .map((m) => ({ state: m.state, options: m.options, meta: m.meta }));
  return JSON.stringify({ queries, mutations }, replacer);
}

async function blockedOnCredentials() {
  const kit = createTestKit({ speed: 1, scenario: 'credentials' });
  const ids = await seedRun(kit);
  kit.mock.settle();
  const { result } = renderHook(
    () => ({
      run: useRunPolling(ids.migrationId, ids.runId, { kind: 'generate' }),
      thread: useThread(ids.migrationId, { include: 'all' }),
      credentials: useSubmitCredentials(ids.migrationId, ids.runId),
    }),
    { wrapper: kit.wrapper },
  );
  await act(() => vi.advanceTimersByTimeAsync(0));
  const run = result.current.run.data;
  if (run?.status !== 'blocked' || run.blocked_reason !== 'credentials')
    throw new Error('expected a credentials block');
  return { kit, result, request: run.credential_request };
}

describe('useSubmitCredentials', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('submits the secrets, resumes the run, and never lets them into any cache', async () => {
    const { kit, result, request } = await blockedOnCredentials();
    const resumed = await act(() =>
      result.current.credentials.submit(
        { client_id: 'acme-app', client_secret: SECRET },
        { connectionId: request?.connection_id ?? '' },
      ),
    );
    expect(resumed.status).toBe('running');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    // Extraction went ahead; the agent now asks about the extracted data instead.
    expect(result.current.run.data).toMatchObject({ status: 'blocked', blocked_reason: 'question' });
    expect(result.current.thread.events.length).toBeGreaterThan(0);

    const cached = everythingCached(kit);
    // The scan does reach mutation variables (the connection id is kept there), yet no value is.
    expect(cached).toContain(request?.connection_id);
    expect(cached).not.toContain(SECRET);
    expect(cached).not.toContain('acme-app');
    expect(JSON.stringify(result.current.credentials)).not.toContain(SECRET);
    expect(kit.mock.inspect().migrations[0]?.connections[0]?.creds_configured).toBe(true);
  });

  it('keeps the secrets out of the cache when the server refuses them too', async () => {
    const { kit, result } = await blockedOnCredentials();
    await act(() =>
      result.current.credentials
        .submit({ client_secret: SECRET }, { connectionId: 'not-the-connection' })
        .catch(() => undefined),
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.credentials.error).toMatchObject({ kind: 'conflict', status: 409 });
    expect(everythingCached(kit)).not.toContain(SECRET);
  });

  it('sends a double submit once', async () => {
    const { kit, result } = await blockedOnCredentials();
    await act(() =>
      Promise.all([
        result.current.credentials.submit({ client_id: 'a', client_secret: SECRET }),
        result.current.credentials.submit({ client_id: 'a', client_secret: SECRET }),
      ]),
    );
    expect(kit.count('POST', /\/credentials$/)).toBe(1);
  });
});
