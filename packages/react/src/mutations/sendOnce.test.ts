import { QueryClient } from '@tanstack/react-query';
import { isVernApiError } from '@vernkit/core';
import { fingerprintOf, isSending, sendOnce } from './sendOnce.ts';

describe('sendOnce', () => {
  it('joins a repeat with the same payload: one send, one result', async () => {
    const queryClient = new QueryClient();
    let release: (v: string) => void = () => undefined;
    const send = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = sendOnce(queryClient, ['k'], fingerprintOf({ a: 1, b: 2 }), send);
    const second = sendOnce(queryClient, ['k'], fingerprintOf({ b: 2, a: 1 }), send);
    expect(isSending(queryClient, ['k'])).toBe(true);
    release('done');
    await expect(Promise.all([first, second])).resolves.toEqual(['done', 'done']);
    expect(send).toHaveBeenCalledTimes(1);
    expect(isSending(queryClient, ['k'])).toBe(false);
  });

  it('refuses a different payload while one is on the wire', async () => {
    const queryClient = new QueryClient();
    const first = sendOnce(queryClient, ['k'], 'a', () => new Promise((r) => setTimeout(r, 0)));
    const error = await sendOnce(queryClient, ['k'], 'b', async () => 'never').catch((e: unknown) => e);
    expect(isVernApiError(error) && error.kind).toBe('conflict');
    await first;
  });

  it('sends again once the first settled, even after a failure', async () => {
    const queryClient = new QueryClient();
    const send = vi.fn().mockRejectedValueOnce(new Error('lost')).mockResolvedValueOnce('ok');
    await expect(sendOnce(queryClient, ['k'], '', send)).rejects.toThrow('lost');
    await expect(sendOnce(queryClient, ['k'], '', send)).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('keeps separate QueryClients apart', async () => {
    const send = vi.fn(async () => 1);
    await Promise.all([
      sendOnce(new QueryClient(), ['k'], '', send),
      sendOnce(new QueryClient(), ['k'], '', send),
    ]);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
