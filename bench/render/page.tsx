import '@vernkit/ui/styles.css';
import type { Preview, ThreadEvent } from '@vernkit/core';
import { AgentActivity, KitProvider, PreviewTable } from '@vernkit/ui';
import { useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { RenderBenchApi } from './api.ts';
import { previewOf, threadOf } from './data.ts';
import { nextPaint, recordFrames, refreshPeriod } from './frames.ts';

const host = document.getElementById('root') as HTMLElement;
let root: Root | null = null;
let preview: Preview | null = null;

async function remount(): Promise<Root> {
  root?.unmount();
  root = createRoot(host);
  await nextPaint();
  return root;
}

const previewTable = (data: Preview) => (
  <KitProvider>
    <PreviewTable preview={data} height={600} />
  </KitProvider>
);

/** Appends the events due at `perSecond` on every timer tick, as a stream would deliver them. */
function Feed({
  events,
  perSecond,
  onDone,
}: {
  events: ThreadEvent[];
  perSecond: number;
  onDone: () => void;
}) {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const start = performance.now();
    const timer = setInterval(() => {
      const due = Math.min(events.length, Math.floor(((performance.now() - start) / 1000) * perSecond));
      setShown(due);
      if (due === events.length) clearInterval(timer);
    }, 1000 / perSecond);
    return () => clearInterval(timer);
  }, [events, perSecond]);
  useEffect(() => {
    if (shown === events.length) onDone();
  }, [shown, events, onDone]);
  return <AgentActivity events={events.slice(0, shown)} active maxHeight={520} />;
}

const api: RenderBenchApi = {
  async previewFirstPaint() {
    preview ??= previewOf(100_000, 30);
    const target = await remount();
    const start = performance.now();
    target.render(previewTable(preview));
    while (true) {
      const painted = await nextPaint();
      if (host.querySelector('[data-slot="preview-table-cell"]')) return painted - start;
    }
  },

  async previewScroll(frames, pxPerFrame) {
    const grid = host.querySelector<HTMLElement>('[role="grid"]');
    if (!grid) throw new Error('mount the preview first (previewFirstPaint)');
    grid.scrollTop = 0;
    const refreshMs = await refreshPeriod();
    const end = grid.scrollHeight - grid.clientHeight;
    const step = pxPerFrame ?? end / frames;
    const recorder = recordFrames(refreshMs);
    for (let i = 1; i <= frames; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      grid.scrollTop = Math.min(end, step * i);
    }
    await nextPaint();
    const stats = recorder.stop();
    if (pxPerFrame === undefined && !host.querySelector('[role="row"][aria-rowindex="100001"]')) {
      throw new Error('the scroll did not reach the last row');
    }
    return stats;
  },

  async activityStream(count, perSecond) {
    const events = threadOf(count);
    const target = await remount();
    const refreshMs = await refreshPeriod();
    let recorder: ReturnType<typeof recordFrames> | undefined;
    await new Promise<void>((resolve) => {
      recorder = recordFrames(refreshMs);
      target.render(
        <KitProvider>
          <Feed events={events} perSecond={perSecond} onDone={resolve} />
        </KitProvider>,
      );
    });
    await nextPaint();
    return (recorder as ReturnType<typeof recordFrames>).stop();
  },
};

window.vernkitBench = api;
