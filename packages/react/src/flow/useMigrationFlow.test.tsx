import { act, renderHook } from '@testing-library/react';
import { createVernMock } from '@vernkit/mock';
import { StrictMode } from 'react';
import { createMemoryStorage } from '../storage/createMemoryStorage.ts';
import { createTestKit, csvFile, MESSY_CONTACTS_CSV, type TestKit } from '../test/createTestKit.tsx';
import { type UseMigrationFlowOptions, useMigrationFlow } from './useMigrationFlow.ts';

const RUNS_POST = /^\/migrations\/[^/]+\/runs$/;
const PREVIEW = /^\/migrations\/[^/]+\/preview$/;
const create = { name: 'Acme', external_id: 'acme-001', templates: ['contacts'] };

function renderFlow(kit: TestKit, options: UseMigrationFlowOptions = {}) {
  const storage = options.storage ?? createMemoryStorage();
  const view = renderHook(() => useMigrationFlow({ create, storage, ...options }), { wrapper: kit.wrapper });
  return { ...view, storage };
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useMigrationFlow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('allows an action chained on the previous one before React re-renders: upload(f).then(generate)', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderFlow(kit);
    await wait(0);
    const flow = result.current;
    // Outside act, as in an app: React has not re-rendered when the upload's promise resolves.
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    let chained: unknown;
    try {
      chained = await flow.upload([csvFile()]).then(() => flow.generate());
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
    await wait(0);
    expect(chained).toEqual({ ok: true });
    expect(result.current.step).toBe('generating');
    expect(kit.count('POST', RUNS_POST)).toBe(1);
  });

  it('walks the whole lifecycle: files → generating → preview → refining → preview → executing → report', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderFlow(kit);
    await wait(0);
    expect(result.current).toMatchObject({ step: 'files', allowed: ['upload', 'generate', 'reset'] });
    expect(result.current.migration).toMatchObject({ name: 'Acme', status: 'awaiting_files' });

    expect(await act(() => result.current.upload([csvFile()]))).toEqual({ ok: true });
    expect(result.current.uploads[0]).toMatchObject({ name: 'contacts.csv' });

    expect(await act(() => result.current.generate())).toEqual({ ok: true });
    expect(result.current).toMatchObject({ step: 'generating', kind: 'generate', allowed: ['cancel'] });
    await wait(30_000);
    expect(result.current.step).toBe('preview');
    expect(result.current.allowed).toEqual(['refine', 'clarify', 'execute', 'reset']);
    expect(result.current.preview?.sheets[0]?.rows.length).toBeGreaterThan(1);
    expect(result.current.events.length).toBeGreaterThan(0);
    const firstPreview = result.current.preview;

    await act(() => result.current.refine('Drop the Phone column'));
    expect(result.current.step).toBe('refining');
    await wait(30_000);
    expect(result.current.step).toBe('preview');
    expect(result.current.preview).not.toBe(firstPreview);
    expect(kit.count('GET', PREVIEW)).toBe(2);

    await act(() => result.current.clarify('Which column did you map Email from?'));
    expect(result.current.step).toBe('refining');
    await wait(30_000);
    expect(result.current.step).toBe('preview');
    expect(result.current.run?.status).toBe('completed');

    await act(() => result.current.execute());
    expect(result.current.step).toBe('executing');
    await wait(30_000);
    expect(result.current.step).toBe('report');
    expect(result.current.report?.inserted).toBeGreaterThan(0);
    expect(result.current.allowed).toEqual(['reset']);
    // One run id from generate to execute.
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
    expect(result.current.error).toBeNull();
  });

  it('pauses at a question from the poll and resumes with the answer', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'question' });
    const { result } = renderFlow(kit);
    await wait(0);
    await act(() => result.current.upload([csvFile('contacts.csv', MESSY_CONTACTS_CSV)]));
    await act(() => result.current.generate());
    await wait(30_000);
    expect(result.current.step).toBe('blocked');
    expect(result.current.allowed).toEqual(['answer', 'cancel']);
    for (let round = 0; round < 6 && result.current.step === 'blocked'; round++) {
      const block = result.current.blocked;
      if (block?.reason !== 'question') throw new Error('expected a question');
      expect(block.questions.length).toBeGreaterThan(0);
      const outcome = await act(() =>
        result.current.answer(
          block.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep' })),
        ),
      );
      expect(outcome).toEqual({ ok: true });
      expect(result.current.step).toBe('generating');
      await wait(30_000);
    }
    expect(result.current.step).toBe('preview');
  });

  it('asks for credentials, sends them to the credentials endpoint only, and moves on', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'credentials' });
    const { result } = renderFlow(kit);
    await wait(0);
    await act(() => result.current.upload([csvFile()]));
    await act(() => result.current.generate());
    await wait(30_000);
    expect(result.current.blocked).toMatchObject({
      reason: 'credentials',
      request: { source_name: 'Salesforce' },
    });
    expect(result.current.allowed).toEqual(['submitCredentials', 'cancel']);

    const answer = await act(() =>
      result.current.submitCredentials({ client_id: 'acme-app', client_secret: 's3cr3t-value' }),
    );
    expect(answer).toEqual({ ok: true });
    await wait(30_000);
    expect(result.current.blocked?.reason).not.toBe('credentials');
    expect(kit.count('POST', /\/credentials$/)).toBe(1);
    expect(kit.count('POST', /\/messages$/)).toBe(0);
  });

  it('shows a failed run as failed, and lets the customer start over', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'failure' });
    const { result } = renderFlow(kit);
    await wait(0);
    await act(() => result.current.upload([csvFile()]));
    await act(() => result.current.generate());
    await wait(30_000);
    expect(result.current.step).toBe('failed');
    expect(result.current.run?.status === 'failed' && result.current.run.error).toMatch(/self-healing/);
    expect(result.current.allowed).toEqual(['generate', 'reset']);
    let outcome: unknown;
    act(() => {
      outcome = result.current.reset();
    });
    expect(outcome).toEqual({ ok: true });
    expect(result.current.step).toBe('files');
    expect(result.current.runId).toBeNull();
  });

  it('cancels a run in flight', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const { result } = renderFlow(kit);
    await wait(0);
    await act(() => result.current.upload([csvFile()]));
    await act(() => result.current.generate());
    await wait(3_000);
    expect(result.current.reset().ok).toBe(false);
    await act(() => result.current.cancel());
    await wait(0);
    expect(result.current.step).toBe('canceled');
  });

  it('resumes the same run after a reload, without starting another', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'slow' });
    const first = renderFlow(kit);
    await wait(0);
    await act(() => first.result.current.upload([csvFile()]));
    await act(() => first.result.current.generate());
    await wait(3_000);
    const { runId, migrationId } = first.result.current;
    first.unmount();

    const reloaded = kit.reload();
    const second = renderFlow(reloaded, { storage: first.storage });
    await wait(0);
    expect(second.result.current).toMatchObject({ runId, migrationId, step: 'generating' });
    await wait(120_000);
    expect(second.result.current.step).toBe('preview');
    expect(reloaded.count('POST', RUNS_POST)).toBe(0);
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('recovers the in-flight run through the 409 when the stored ids are gone', async () => {
    const kit = createTestKit({ speed: 1, scenario: 'question' });
    const first = renderFlow(kit);
    await wait(0);
    await act(() => first.result.current.upload([csvFile('contacts.csv', MESSY_CONTACTS_CSV)]));
    await act(() => first.result.current.generate());
    await wait(30_000);
    expect(first.result.current.step).toBe('blocked');
    const { runId } = first.result.current;
    first.unmount();

    // A new tab: no stored ids. The external_id finds the migration; generate finds the run.
    const tab = kit.reload();
    const second = renderFlow(tab, { storage: createMemoryStorage() });
    await wait(0);
    expect(second.result.current.step).toBe('files');
    await act(() => second.result.current.generate());
    await wait(0);
    expect(second.result.current).toMatchObject({ runId, step: 'blocked' });
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('recovers a lost POST /runs response', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderFlow(kit);
    await wait(0);
    await act(() => result.current.upload([csvFile()]));
    kit.mock.injectFault({ type: 'lost-post-response' });
    const outcome = act(() => result.current.generate());
    await wait(5_000);
    expect(await outcome).toEqual({ ok: true });
    await wait(30_000);
    expect(result.current.step).toBe('preview');
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('sends a double-clicked action once, and refuses actions the step does not allow', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderFlow(kit);
    await wait(0);
    const refused = await act(() => result.current.execute());
    expect(refused).toMatchObject({ ok: false, error: { kind: 'bad_request' } });
    expect(kit.count('POST', RUNS_POST)).toBe(0);

    await act(() => result.current.upload([csvFile()]));
    const [a, b] = await act(() => Promise.all([result.current.generate(), result.current.generate()]));
    expect(a).toEqual({ ok: true });
    expect(b).toEqual({ ok: true });
    expect(kit.count('POST', RUNS_POST)).toBe(1);
  });

  it('keeps a failed action’s error typed, and clears it on the next action', async () => {
    const kit = createTestKit({ speed: 1 });
    const { result } = renderFlow(kit);
    await wait(0);
    // No files yet: the server refuses to generate.
    const outcome = await act(() => result.current.generate());
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'bad_request', status: 400 } });
    expect(result.current).toMatchObject({ step: 'files', errorSource: 'generate', error: { status: 400 } });
    await act(() => result.current.upload([csvFile()]));
    expect(result.current.error).toBeNull();
  });

  it('creates the migration once under StrictMode’s double effects', async () => {
    const kit = createTestKit();
    const storage = createMemoryStorage();
    const { result } = renderHook(() => useMigrationFlow({ create, storage }), {
      wrapper: ({ children }) => <StrictMode>{kit.wrapper({ children })}</StrictMode>,
    });
    await wait(0);
    expect(result.current.migrationId).not.toBeNull();
    expect(kit.count('POST', /^\/migrations$/)).toBe(1);
  });

  it('shows a 401 as one auth error', async () => {
    const mock = createVernMock({ speed: 1, apiKey: 'right-key' });
    const kit = createTestKit({ mock, apiKey: 'revoked-key' });
    const { result } = renderFlow(kit);
    await wait(60_000);
    expect(result.current).toMatchObject({ errorSource: 'migration', error: { kind: 'auth', status: 401 } });
    expect(kit.requests).toHaveLength(1);
  });
});
