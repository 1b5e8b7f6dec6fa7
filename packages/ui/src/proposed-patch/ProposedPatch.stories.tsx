import { expect, fn, screen } from 'storybook/test';
import preview from '#.storybook/preview';
import {
  everyActionPatch,
  hostilePatch,
  patchOf,
  questionsOf,
  safePatch,
  sheetNames,
} from '../fixtures/needsAttention.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { ApplyFixButton } from './ApplyFixButton.tsx';
import { ProposedPatch } from './ProposedPatch.tsx';

const meta = preview.meta({
  component: ProposedPatch,
  title: 'Components/ProposedPatch',
  decorators: [withKit()],
  args: { patch: patchOf, questions: questionsOf, sheetNames },
});

export const FromDocs = meta.story({});

export const EveryAction = meta.story({ args: { patch: everyActionPatch } });

export const NoActions = meta.story({ args: { patch: { summary: '', actions: [] } } });

export const HostileData = meta.story({ args: { patch: hostilePatch } });

export const Dark = meta.story({
  args: { patch: everyActionPatch },
  decorators: [withKit({ theme: 'dark' })],
});

export const ApplyDestructive = meta.story({
  render: () => <ApplyFixButton patch={patchOf} questions={questionsOf} onApply={fn()} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Apply suggested fix' }));
    await expect(
      await screen.findByRole('alertdialog', { name: 'Apply the fix and remove rows?' }),
    ).toBeInTheDocument();
    await expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(screen.getByRole('button', { name: 'Apply fix and remove 3 rows' })).toBeInTheDocument();
  },
});

export const ApplySafe = meta.story({
  render: () => <ApplyFixButton patch={safePatch} onApply={fn(() => new Promise(() => {}))} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Apply suggested fix' }));
    await expect(canvas.getByRole('button', { name: 'Applying…' })).toHaveAttribute('aria-busy', 'true');
  },
});
