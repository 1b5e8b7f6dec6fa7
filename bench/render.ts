/**
 * Rendering in real Chromium: a production build of `render/page.tsx` (from the packages'
 * `dist`), served by `vite preview` and driven by Playwright. `PreviewTable` with 100,000 × 30:
 * time from data to first paint, then frame times over a scripted scroll top to bottom;
 * `AgentActivity` fed 5,000 events at 100 per second: dropped frames and frame times.
 */
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../browser.shared.ts';
import { ms, spreadMs } from './lib/format.ts';
import { type Measurement, writeResults } from './lib/results.ts';
import { percentile, spread } from './lib/stats.ts';
import type { FrameStats } from './render/api.ts';

const configFile = join(import.meta.dirname, 'render', 'vite.config.ts');
const FIRST_PAINT_RUNS = 5;
const SCROLL_RUNS = 3;
const SCROLL_FRAMES = 300;
/** About three rows a frame: a wheel or trackpad, where the top-to-bottom pass is a scrollbar drag. */
const WHEEL_PX_PER_FRAME = 100;
const EVENTS = 5_000;
const EVENTS_PER_SECOND = 100;
const FRAME_BUDGET_MS = 1000 / 60;

const log = (message: string) => console.error(`[bench] render: ${message}`);

log('building the page');
await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const measurements: Measurement[] = [];

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`[bench] render: page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.vernkitBench !== undefined);

  log(`PreviewTable 100,000 × 30: first paint × ${FIRST_PAINT_RUNS}`);
  const firstPaints: number[] = [];
  for (let i = 0; i < FIRST_PAINT_RUNS; i++) {
    firstPaints.push(await page.evaluate(() => window.vernkitBench.previewFirstPaint()));
  }
  log(`PreviewTable: scroll top to bottom in ${SCROLL_FRAMES} frames × ${SCROLL_RUNS}`);
  const scrolls: FrameStats[] = [];
  for (let i = 0; i < SCROLL_RUNS; i++) {
    scrolls.push(await page.evaluate((frames) => window.vernkitBench.previewScroll(frames), SCROLL_FRAMES));
  }
  log(`PreviewTable: wheel-speed scroll, ${WHEEL_PX_PER_FRAME} px a frame`);
  const wheel = await page.evaluate(([frames, px]) => window.vernkitBench.previewScroll(frames, px), [
    SCROLL_FRAMES,
    WHEEL_PX_PER_FRAME,
  ] as const);
  log(`AgentActivity: ${EVENTS} events at ${EVENTS_PER_SECOND}/s`);
  const activity = await page.evaluate(
    ([count, perSecond]) => window.vernkitBench.activityStream(count, perSecond),
    [EVENTS, EVENTS_PER_SECOND] as const,
  );

  const p95s = scrolls.map((s) => s.work.p95);
  const median = <T>(runs: T[], key: (run: T) => number) => percentile(runs.map(key), 50);
  measurements.push(
    {
      group: 'render',
      name: 'PreviewTable 100,000 × 30: data to first paint',
      value: percentile(firstPaints, 50),
      unit: 'ms',
      target: { kind: 'max', value: 100 },
      detail: `min / median / max ${spreadMs(spread(firstPaints))} (${FIRST_PAINT_RUNS} mounts)`,
    },
    {
      group: 'render',
      name: 'PreviewTable scroll top to bottom: p95 frame',
      value: percentile(p95s, 50),
      unit: 'ms',
      target: { kind: 'max', value: FRAME_BUDGET_MS },
      detail: `p95 per run ${spreadMs(spread(p95s))}; p50 ${ms(median(scrolls, (s) => s.work.p50))}, max ${ms(Math.max(...scrolls.map((s) => s.work.max)))}`,
    },
    {
      group: 'render',
      name: '  dropped frames (top to bottom)',
      value: median(scrolls, (s) => s.dropped),
      unit: 'frames',
      detail: `of ~${SCROLL_FRAMES} per run (runs: ${scrolls.map((s) => s.dropped).join(', ')}); refresh ${ms(scrolls[0]?.refreshMs ?? 0)}`,
    },
    {
      group: 'render',
      name: `  wheel-speed scroll (${WHEEL_PX_PER_FRAME} px/frame): p95 frame`,
      value: wheel.work.p95,
      unit: 'ms',
      detail: `p50 ${ms(wheel.work.p50)}, max ${ms(wheel.work.max)}; ${wheel.dropped} dropped of ${wheel.frames}`,
    },
    {
      group: 'render',
      name: `AgentActivity ${EVENTS.toLocaleString('en')} events at ${EVENTS_PER_SECOND}/s: dropped frames`,
      value: activity.dropped,
      unit: 'frames',
      detail: `of ${activity.frames} frames; refresh ${ms(activity.refreshMs)}`,
    },
    {
      group: 'render',
      name: 'AgentActivity stream: p95 frame',
      value: activity.work.p95,
      unit: 'ms',
      target: { kind: 'max', value: FRAME_BUDGET_MS },
      detail: `p50 ${ms(activity.work.p50)}, max ${ms(activity.work.max)}`,
    },
  );
} finally {
  await browser.close();
  await server.close();
}
writeResults('render', measurements);
