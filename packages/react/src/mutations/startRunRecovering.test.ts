import { VernApiError, type VernClient } from '@vernkit/core';
import { startRunRecovering } from './startRunRecovering.ts';

const lost = () => new VernApiError({ kind: 'network', status: 0, message: 'Failed to fetch' });
const inFlight = (runId: string) =>
  new VernApiError({ kind: 'conflict', status: 409, message: 'A run is already in progress', runId });

const runIn = (status: string) => vi.fn(async (_m: string, runId: string) => ({ run_id: runId, status }));

function clientWith(startRun: VernClient['startRun'], getRun = runIn('running')): VernClient {
  return { startRun, getRun } as unknown as VernClient;
}

describe('startRunRecovering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts a run', async () => {
    const startRun = vi.fn(async () => ({ run_id: 'r1', status: 'queued' }));
    await expect(startRunRecovering(clientWith(startRun), 'm1', { kind: 'generate' })).resolves.toEqual({
      runId: 'r1',
      kind: 'generate',
      status: 'queued',
      pollUrl: null,
      adopted: false,
    });
  });

  it('adopts the in-flight run a 409 names', async () => {
    const startRun = vi.fn().mockRejectedValueOnce(inFlight('r9'));
    const started = await startRunRecovering(clientWith(startRun), 'm1', { kind: 'generate' });
    expect(started).toMatchObject({ runId: 'r9', adopted: true, status: null });
    expect(startRun).toHaveBeenCalledTimes(1);
  });

  it('recovers a lost response: re-issue, 409, adopt', async () => {
    const startRun = vi.fn().mockRejectedValueOnce(lost()).mockRejectedValueOnce(inFlight('r1'));
    const pending = startRunRecovering(clientWith(startRun), 'm1', { kind: 'execute' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ runId: 'r1', adopted: true, kind: 'execute' });
    expect(startRun).toHaveBeenCalledTimes(2);
  });

  it('refuses a resume while another step of the run is in flight: the 409 is rethrown, not adopted', async () => {
    for (const body of [
      { kind: 'execute' },
      { kind: 'update', message: 'Trim' },
      { kind: 'clarify', message: 'Why?' },
    ] as const) {
      const startRun = vi.fn().mockRejectedValueOnce(inFlight('r9'));
      await expect(startRunRecovering(clientWith(startRun), 'm1', body)).rejects.toMatchObject({
        kind: 'conflict',
        runId: 'r9',
      });
      expect(startRun).toHaveBeenCalledTimes(1);
    }
  });

  it('after a lost response, does not adopt a run that was already waiting before the POST', async () => {
    const startRun = vi.fn().mockRejectedValueOnce(lost()).mockRejectedValueOnce(inFlight('r1'));
    const getRun = runIn('blocked');
    const pending = startRunRecovering(clientWith(startRun, getRun), 'm1', { kind: 'execute' }).catch(
      (e: unknown) => e,
    );
    await vi.runAllTimersAsync();
    expect(await pending).toMatchObject({ kind: 'conflict', runId: 'r1' });
    expect(getRun).toHaveBeenCalledWith('m1', 'r1', expect.anything());
  });

  it('after a lost response, adopts a resumed run even when the re-read fails', async () => {
    const startRun = vi.fn().mockRejectedValueOnce(lost()).mockRejectedValueOnce(inFlight('r1'));
    const getRun = vi.fn().mockRejectedValue(lost());
    const pending = startRunRecovering(clientWith(startRun, getRun), 'm1', { kind: 'update', message: 'x' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ runId: 'r1', adopted: true, kind: 'update' });
  });

  it('starts the run on the re-issue when the first request never landed', async () => {
    const startRun = vi
      .fn()
      .mockRejectedValueOnce(lost())
      .mockResolvedValueOnce({ run_id: 'r2', status: 'queued' });
    const pending = startRunRecovering(clientWith(startRun), 'm1', { kind: 'generate' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ runId: 'r2', adopted: false });
  });

  it('re-issues only once, and never after a definite refusal', async () => {
    const twice = vi.fn().mockRejectedValue(lost());
    const pending = startRunRecovering(clientWith(twice), 'm1', { kind: 'generate' }).catch(
      (e: unknown) => e,
    );
    await vi.runAllTimersAsync();
    expect(((await pending) as VernApiError).kind).toBe('network');
    expect(twice).toHaveBeenCalledTimes(2);

    const refused = vi
      .fn()
      .mockRejectedValue(
        new VernApiError({ kind: 'conflict', status: 409, message: 'No preview to execute' }),
      );
    await expect(startRunRecovering(clientWith(refused), 'm1', { kind: 'execute' })).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
