/** What the benchmark page exposes to the Playwright driver (`bench/render.ts`). */
export interface FrameStats {
  frames: number;
  /** Per frame, from the frame's start to the end of its rendering work (ms). */
  work: { p50: number; p95: number; max: number };
  /** Frames the display had to skip: intervals between frames beyond one refresh period. */
  dropped: number;
  /** The measured refresh period (ms). */
  refreshMs: number;
}

export interface RenderBenchApi {
  /** From `render()` with a 100,000 × 30 preview in hand to the first painted frame showing cells. */
  previewFirstPaint(): Promise<number>;
  /**
   * Scrolls the mounted preview from the top, one step per frame: to the bottom in `frames`
   * frames, or `pxPerFrame` per frame (wheel speed) when given.
   */
  previewScroll(frames: number, pxPerFrame?: number): Promise<FrameStats>;
  /** Feeds `count` thread events to `AgentActivity` at `perSecond`. */
  activityStream(count: number, perSecond: number): Promise<FrameStats>;
}

declare global {
  interface Window {
    /** Set by the page once it has loaded; the driver waits for it. */
    vernkitBench: RenderBenchApi;
  }
}
