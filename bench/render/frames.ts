import { percentile } from '../lib/stats.ts';
import type { FrameStats } from './api.ts';

/** A task posted from `requestAnimationFrame` runs once that frame's style, layout and paint are done. */
function afterFrame(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/** Resolves with the time the next frame finished rendering. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => afterFrame(() => resolve(performance.now()))));
}

/** The display's refresh period: the median interval of `frames` idle frames. */
export async function refreshPeriod(frames = 30): Promise<number> {
  const starts: number[] = [];
  for (let i = 0; i <= frames; i++) starts.push(await new Promise<number>((r) => requestAnimationFrame(r)));
  return percentile(
    starts.slice(1).map((t, i) => t - (starts[i] as number)),
    50,
  );
}

/**
 * Records every frame until `stop()`: its work (from the frame's start to the end of its
 * rendering) and the interval since the previous frame, from which skipped frames follow.
 */
export function recordFrames(refreshMs: number): { stop(): FrameStats } {
  const starts: number[] = [];
  const work: number[] = [];
  let running = true;
  const tick = (start: number) => {
    if (!running) return;
    starts.push(start);
    afterFrame(() => work.push(performance.now() - start));
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      let dropped = 0;
      for (let i = 1; i < starts.length; i++) {
        const interval = (starts[i] as number) - (starts[i - 1] as number);
        dropped += Math.max(0, Math.round(interval / refreshMs) - 1);
      }
      return {
        frames: work.length,
        work: { p50: percentile(work, 50), p95: percentile(work, 95), max: Math.max(...work) },
        dropped,
        refreshMs,
      };
    },
  };
}
