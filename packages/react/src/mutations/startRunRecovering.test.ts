import { VernApiError, type VernClient } from '@vernkit/core';
import { startRunRecovering } from './startRunRecovering.ts';

const lost = () => new VernApiError({ kind: 'network', status: 0, message: 'Failed to fetch' });
const inFlight = (runId: string) =>
  new VernApiError({ kind: 'conflict', status: 409, message: 'A run is already in progress', runId });

function clientWith(startRun: VernClient['startRun']): VernClient {
  return { startRun } as VernClient;
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
