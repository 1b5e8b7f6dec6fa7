// The kit's base styles and this component's, not the whole styles.css other components are still adding to.
import '../theme/tokens.css';
import '../theme/base.css';
import '../primitives/primitives.css';
import './agent-activity.css';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { KitProvider } from '../provider/KitProvider.tsx';
import { AgentActivity } from './AgentActivity.tsx';
import { longThread } from './activityFixtures.ts';

function frame() {
  return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

// Generous: a loaded CI machine runs fewer frames a second; this bounds a wait, it measures nothing.
async function until<T>(read: () => T | null | undefined | false, frames = 600): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const value = read();
    if (value) return value;
    await frame();
  }
  throw new Error('condition not met');
}

/** Until the element has not scrolled for a few frames: following an append is done. */
async function settled(el: HTMLElement) {
  let still = 0;
  let last = el.scrollTop;
  await until(() => {
    still = el.scrollTop === last ? still + 1 : 0;
    last = el.scrollTop;
    return still >= 5;
  });
}

const distanceFromEnd = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight;

// Real browser events (scrolling, focus) drive the updates here, not act(): tell React so.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

describe('AgentActivity in Chromium', () => {
  it('opens 5,000 events at the latest with only a screenful of items in the DOM', async () => {
    const events = longThread(5000);
    const { container } = render(
      <KitProvider>
        <div style={{ width: 600 }}>
          <AgentActivity events={events} maxHeight={320} />
        </div>
      </KitProvider>,
    );
    const scroller = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="agent-activity-scroll"]'),
    );
    await until(() => container.querySelector('[aria-posinset="4000"]'));
    expect(distanceFromEnd(scroller)).toBeLessThan(2);
    const items = container.querySelectorAll('[data-slot="agent-activity-item"]');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(40);
    expect(container.querySelector('[aria-posinset="4000"]')).not.toBeNull();
    expect(items[0]?.getAttribute('aria-setsize')).toBe('4000');
  });

  it('follows new events at the bottom, stops when the reader scrolls up, and jumps back on request', async () => {
    let events = longThread(200);
    const ui = () => (
      <KitProvider>
        <div style={{ width: 600 }}>
          <AgentActivity events={events} maxHeight={300} active />
        </div>
      </KitProvider>
    );
    const { container, rerender } = render(ui());
    const scroller = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="agent-activity-scroll"]'),
    );
    await until(() => distanceFromEnd(scroller) < 2 && scroller.scrollTop > 0);

    let jumpShown = false;
    const watch = new MutationObserver(() => {
      jumpShown ||= container.querySelector('[data-slot="agent-activity-jump"]') !== null;
    });
    watch.observe(container, { childList: true, subtree: true });
    for (let batch = 0; batch < 3; batch++) {
      events = [...events, ...longThread(10, 201 + batch * 10)];
      rerender(ui());
      await frame();
    }
    await until(() => container.querySelector('[aria-posinset="184"]') && distanceFromEnd(scroller) < 2);
    watch.disconnect();
    // Following never offered the way back, not even for a frame: the reader was at the end throughout.
    expect(jumpShown).toBe(false);

    await settled(scroller);
    scroller.scrollTop = 200;
    await until(() => container.querySelector('[data-slot="agent-activity-jump"]'));
    events = [...events, ...longThread(10, 231)];
    rerender(ui());
    await frame();
    await frame();
    expect(scroller.scrollTop).toBeLessThan(260);
    expect(distanceFromEnd(scroller)).toBeGreaterThan(500);

    (container.querySelector('[data-slot="agent-activity-jump"]') as HTMLElement).click();
    await until(() => distanceFromEnd(scroller) < 2);
    await until(() => !container.querySelector('[data-slot="agent-activity-jump"]'));
  });
});
