import { useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { AgentActivity } from './AgentActivity.tsx';
import { longThread, sampleThread, threadEvent } from './activityFixtures.ts';

const meta = preview.meta({
  component: AgentActivity,
  title: 'Components/AgentActivity',
  decorators: [withKit({ width: 620 })],
  args: { events: sampleThread(), active: true },
});

export const Default = meta.story({
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('Reading your files', { selector: '[data-slot="agent-activity-status"] span' }),
    ).toBeInTheDocument();
    await expect(await canvas.findByRole('link', { name: 'the guide' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  },
});

export const Finished = meta.story({ args: { active: false } });

export const Dark = meta.story({ decorators: [withKit({ width: 620, theme: 'dark' })] });

/** Host-supplied names for the agent's tools; unknown tools are humanized. */
export const CustomToolLabels = meta.story({
  args: {
    toolLabels: { read_file: 'Opening your spreadsheets', map_columns: 'Lining up your fields' },
    events: [...sampleThread(), threadEvent(99, 'tool_call', { name: 'dedupeContactsByEmail' })],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Opening your spreadsheets')).toHaveLength(2);
    await expect(canvas.getByText('Dedupe contacts by email')).toBeInTheDocument();
  },
});

export const StepsHidden = meta.story({ args: { showSteps: false } });

export const Empty = meta.story({ args: { events: [], active: false } });

export const Starting = meta.story({ args: { events: [], active: true } });

export const ErrorEvent = meta.story({
  args: {
    active: false,
    events: [
      ...sampleThread(),
      threadEvent(100, 'error', { message: 'The connection to Salesforce dropped.' }),
    ],
  },
});

/** 5,000 events: a screenful of items in the DOM, opened at the latest. */
export const LongFeed = meta.story({
  args: { events: longThread(5000), active: false },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[aria-posinset="4000"]')).not.toBeNull());
    await expect(canvasElement.querySelectorAll('[data-slot="agent-activity-item"]').length).toBeLessThan(40);
  },
});

function LiveFeed() {
  const [events, setEvents] = useState(() => longThread(30));
  useEffect(() => {
    const timer = setInterval(() => setEvents((prev) => [...prev, ...longThread(1, prev.length + 1)]), 700);
    return () => clearInterval(timer);
  }, []);
  return <AgentActivity events={events} active />;
}

/** New events arrive every 0.7 s: the feed follows until you scroll up. */
export const Live = meta.story({ render: () => <LiveFeed /> });

export const HostileText = meta.story({
  args: {
    active: false,
    events: [
      threadEvent(1, 'message', {
        text: '<img src=x onerror=alert(1)> <script>alert(2)</script> [click me](javascript:alert(1)) ![pixel](https://evil.example/p.gif) invoice\u202Efdp.exe =HYPERLINK("http://evil.example")',
      }),
      threadEvent(2, 'status', { message: 'x'.repeat(10_000) }),
      threadEvent(3, 'tool_call', { name: '<b>evil</b>', args: { name: '\u202Eexe.txt' } }),
    ],
  },
  play: async ({ canvasElement, canvas }) => {
    await waitFor(() => expect(canvas.getByText('click me')).toBeInTheDocument());
    await expect(canvasElement.querySelector('img, script, a[href^="javascript"]')).toBeNull();
  },
});

export const German = meta.story({ decorators: [withKit({ width: 620, locale: 'de-DE' })] });
