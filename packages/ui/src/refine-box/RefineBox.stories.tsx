import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import preview from '#.storybook/preview';
import { clarifyAnswer, threadBefore } from '../fixtures/thread.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { RefineBox } from './RefineBox.tsx';

/** The thread grows when the assistant answers: simulated here after each request. */
function LiveRefineBox() {
  const [events, setEvents] = useState(threadBefore);
  return (
    <RefineBox
      events={events}
      onRefine={async () => {
        setEvents([...threadBefore, ...clarifyAnswer]);
      }}
      defaultKind="clarify"
    />
  );
}

const meta = preview.meta({
  component: RefineBox,
  title: 'Components/RefineBox',
  decorators: [withKit()],
  args: { events: threadBefore, onRefine: fn() },
});

export const Update = meta.story({});

export const Clarify = meta.story({ args: { defaultKind: 'clarify' } });

export const WithAnswer = meta.story({
  render: () => <LiveRefineBox />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your question' }), 'Why are 12 rows flagged?');
    await userEvent.click(canvas.getByRole('button', { name: 'Ask' }));
    await expect(await canvas.findByText('in progress')).toBeVisible();
  },
});

export const Failed = meta.story({
  args: { onRefine: fn(() => Promise.reject(new Error('A run is already in progress.'))) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'What should change?' }), 'Drop the Fax column');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply change' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('already in progress');
  },
});

export const Disabled = meta.story({ args: { disabled: true } });

export const German = meta.story({ decorators: [withKit({ locale: 'de' })] });

export const Dark = meta.story({ render: () => <LiveRefineBox />, decorators: [withKit({ theme: 'dark' })] });
