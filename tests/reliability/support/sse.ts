/**
 * Rewrites an SSE response frame by frame (the mock writes one frame per chunk; frames are
 * re-split here anyway). `map` returns the text to send for a frame (`''` drops it), or
 * `'cut'` to drop the connection right there. `holdOpen` keeps the connection open, silent,
 * after the upstream ends: a half-open connection or a buffering proxy.
 */
export function rewriteSse(
  response: Response,
  signal: AbortSignal,
  map: (frame: string, index: number) => string | 'cut',
  { holdOpen = false } = {},
): Response {
  const upstream = response.body;
  if (!upstream) return response;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const reader = upstream.getReader();
  let buffer = '';
  let index = 0;
  let cutPending = false;
  const cut = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    void reader.cancel().catch(() => undefined);
    controller.error(new TypeError('network error'));
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Erroring a stream discards what is still queued: cut only once the client has read it.
      if (cutPending) return cut(controller);
      for (;;) {
        const { value, done } = await reader.read().catch((error: unknown) => {
          controller.error(error);
          return { value: undefined, done: true } as const;
        });
        if (done) {
          if (!holdOpen) return controller.close();
          // Silent until the client gives up on us.
          return new Promise<void>((resolve) => {
            const end = () => {
              try {
                controller.close();
              } catch {
                // Already errored by the abort.
              }
              resolve();
            };
            if (signal.aborted) end();
            else signal.addEventListener('abort', end, { once: true });
          });
        }
        buffer += decoder.decode(value, { stream: true });
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        let out = '';
        for (const frame of frames) {
          const mapped = map(`${frame}\n\n`, index++);
          if (mapped === 'cut') {
            if (!out) return cut(controller);
            cutPending = true;
            return controller.enqueue(encoder.encode(out));
          }
          out += mapped;
        }
        if (out) return controller.enqueue(encoder.encode(out));
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

/** The `sequence` an SSE event frame carries, or `null` (comments, `done`, sequence-less errors). */
export function frameSequence(frame: string): number | null {
  const data = /^data: (.*)$/m.exec(frame)?.[1];
  if (!data) return null;
  try {
    const parsed: unknown = JSON.parse(data);
    const sequence = (parsed as { sequence?: unknown }).sequence;
    return typeof parsed === 'object' && parsed !== null && typeof sequence === 'number' ? sequence : null;
  } catch {
    return null;
  }
}

export const isDoneFrame = (frame: string) => frame.startsWith('event: done');
