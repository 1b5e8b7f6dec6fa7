import { act, renderHook } from '@testing-library/react';
import { createVernMock } from '@vernkit/mock';
import { useMigrationFlow } from '@vernkit/react';
import {
  CREATE,
  createFlowKit,
  type FlowKit,
  type FlowKitOptions,
  sample,
  seedUploaded,
} from './support/flowKit.tsx';
import { frameSequence, isDoneFrame, rewriteSse } from './support/sse.ts';

const STREAM = /^\/migrations\/[^/]+\/thread\/stream$/;
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

async function startFlow(options: FlowKitOptions) {
  const kit = createFlowKit(options);
  // Clean data: the agent has nothing to ask unless the scenario makes it.
  const migrationId = await seedUploaded(kit, sample('contacts-clean.csv'));
  const view = renderHook(() => useMigrationFlow({ create: CREATE, storage: kit.storage }), {
    wrapper: kit.wrapper,
  });
  await wait(0);
  expect(await act(() => view.result.current.generate())).toEqual({ ok: true });
  return { kit, migrationId, result: view.result };
}

/** What the thread really holds, read straight from the backend. */
async function truth(kit: FlowKit, migrationId: string): Promise<number[]> {
  const snapshot = await kit.mock
    .fetch(`https://vern.test/api/v1/migrations/${migrationId}/thread?include=user`)
    .then((r) => r.json());
  return (snapshot.events as Array<{ sequence: number }>).map((e) => e.sequence);
}

/** `after` of every stream connection, in order (`null` for the first, which starts from the top). */
function cursors(kit: FlowKit): Array<number | null> {
  return kit.requests
    .filter((r) => r.method === 'GET' && STREAM.test(r.path))
    .map((r) => {
      const after = new URLSearchParams(r.search).get('after');
      return after === null ? null : Number(after);
    });
}

describe('thread stream faults', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resumes after connections dropped mid-stream, with every feed item once and none missing', async () => {
    const mock = createVernMock({ speed: 1, apiKey: null });
    mock.injectFault({ type: 'sse-drop', count: 4 });
    const { kit, migrationId, result } = await startFlow({ mock });
    await wait(60_000);
    expect(result.current.step).toBe('preview');

    const sequences = result.current.events.map((e) => e.sequence);
    expect(sequences).toEqual(await truth(kit, migrationId));
    expect(new Set(sequences).size).toBe(sequences.length);
    // Four drops, four reconnects, each from the last event delivered before it (never backwards).
    const after = cursors(kit);
    expect(after.length).toBeGreaterThanOrEqual(5);
    const resumed = after.filter((a): a is number => a !== null);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed).toEqual([...resumed].sort((a, b) => a - b));
  });

  it('survives an `event: error` frame without a sequence: no phantom event, resumed from the last real one', async () => {
    let events = 0;
    let lastBeforeCut: number | null = null;
    let connections = 0;
    let connectionsBeforeCut = 0;
    const { kit, migrationId, result } = await startFlow({
      intercept: async (request, answer) => {
        const response = await answer();
        if (!STREAM.test(new URL(request.url).pathname.replace(/^\/api\/v1/, ''))) return response;
        connections += 1;
        // Two events, a stream-side error without a sequence instead of the third, then the drop.
        return rewriteSse(response, request.signal, (frame) => {
          const sequence = frameSequence(frame);
          if (sequence === null || events > 3) return frame;
          events += 1;
          if (events <= 2) lastBeforeCut = sequence;
          if (events === 3) return 'event: error\ndata: {"message":"Stream interrupted"}\n\n';
          if (events === 4) {
            connectionsBeforeCut = connections;
            return 'cut';
          }
          return frame;
        });
      },
    });
    await wait(60_000);
    expect(result.current.step).toBe('preview');
    expect(lastBeforeCut).not.toBeNull();
    // The reconnect resumed from the last event that had a sequence, not from the error frame.
    expect(cursors(kit)[connectionsBeforeCut]).toBe(lastBeforeCut);
    expect(result.current.events.map((e) => e.sequence)).toEqual(await truth(kit, migrationId));
  });

  it('reconnects with `after` when the stream closes on its time budget, without losing or repeating events', async () => {
    // A 3-second budget makes the "closes after ~5 minutes" behaviour happen several times per run.
    const mock = createVernMock({ speed: 4, apiKey: null, streamBudgetMs: 3_000 });
    const { kit, migrationId, result } = await startFlow({ mock });
    await wait(120_000);
    expect(result.current.step).toBe('preview');
    const after = cursors(kit);
    expect(after.length).toBeGreaterThan(2);
    expect(after.filter((a) => a !== null).length).toBeGreaterThan(1);
    const sequences = result.current.events.map((e) => e.sequence);
    expect(sequences).toEqual(await truth(kit, migrationId));
    expect(new Set(sequences).size).toBe(sequences.length);
  });

  // A connection that opens and then stays silent (a buffering proxy, a half-open socket) looks
  // live. Run polling keeps a slow safety cadence while live (LIVE_SAFETY_POLL_MS), and the stream
  // reader reconnects after `idleTimeoutMs` of silence, so the flow still follows the run.
  it('keeps following the run through a stream that never sends `done` and never closes', async () => {
    const { kit, result } = await startFlow({
      scenario: 'question',
      intercept: async (request, answer) => {
        const response = await answer();
        if (!STREAM.test(new URL(request.url).pathname.replace(/^\/api\/v1/, ''))) return response;
        // A proxy that swallows `done` and leaves the connection hanging (half-open).
        return rewriteSse(response, request.signal, (frame) => (isDoneFrame(frame) ? '' : frame), {
          holdOpen: true,
        });
      },
    });
    // Within the slow safety poll (≈1 min) or the stream's idle timeout (45 s), not forever.
    await wait(75_000);
    expect(result.current.step).toBe('blocked');
    const block = result.current.blocked;
    if (block?.reason !== 'question') throw new Error('expected a question');
    await act(() =>
      result.current.answer(block.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep' }))),
    );
    await wait(120_000);
    expect(['preview', 'blocked']).toContain(result.current.step);
    expect(kit.count('GET', /\/runs\/[^/]+$/)).toBeGreaterThan(1);
  });

  // Only new events reset the stream reader's reconnect budget: connections that bring nothing
  // back off (1, 2, 4, 8, 16 s), then the thread falls back to snapshots and retries streaming on a
  // doubling schedule (15 s … 5 min). Before, heartbeats reset the budget: ≈590 reconnects here.
  it('does not reconnect in a tight loop to a stream that closes without `done` while nothing runs', async () => {
    const { kit, result } = await startFlow({
      scenario: 'question',
      intercept: async (request, answer) => {
        const response = await answer();
        if (!STREAM.test(new URL(request.url).pathname.replace(/^\/api\/v1/, ''))) return response;
        return rewriteSse(response, request.signal, (frame) => (isDoneFrame(frame) ? '' : frame));
      },
    });
    await wait(30_000);
    expect(result.current.step).toBe('blocked');
    const before = kit.count('GET', STREAM);
    await wait(10 * 60_000);
    // The run is blocked: nothing new can arrive. A backed-off retry every half minute or so is
    // fine; one a second is not.
    expect(kit.count('GET', STREAM) - before).toBeLessThanOrEqual(20);
  });
});
