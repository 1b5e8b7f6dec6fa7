import { expect, fn } from 'storybook/test';
import preview from '#.storybook/preview';
import { hostilePatch, needsAttentionRun } from '../fixtures/needsAttention.ts';
import { hostileQuestions } from '../fixtures/questions.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { FlaggedRowsReview } from './FlaggedRowsReview.tsx';

const meta = preview.meta({
  component: FlaggedRowsReview,
  title: 'Components/FlaggedRowsReview',
  decorators: [withKit()],
  args: {
    needsAttention: needsAttentionRun.needs_attention,
    report: needsAttentionRun.report,
    onDecide: fn(),
  },
});

export const SuggestedFix = meta.story({});

export const LetMeDecide = meta.story({
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Let me decide' }));
    await expect(canvas.getByRole('heading', { name: 'Decide for yourself' })).toHaveFocus();
  },
});

export const DecisionFails = meta.story({
  args: { onDecide: fn(() => Promise.reject(new Error('The import is no longer waiting for a decision.'))) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Let me decide' }));
    await userEvent.click(canvas.getByRole('radio', { name: "Map all to 'Open'" }));
    await userEvent.click(canvas.getByRole('radio', { name: 'Keep them flagged' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply my answers' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('no longer waiting');
  },
});

export const QuestionsOnly = meta.story({
  args: { needsAttention: { questions: needsAttentionRun.needs_attention.questions, proposed_patch: null } },
});

export const HostileData = meta.story({
  args: {
    needsAttention: { questions: hostileQuestions, proposed_patch: hostilePatch },
    report: { invalidCellCount: 99999 },
  },
});

export const German = meta.story({ decorators: [withKit({ locale: 'de' })] });

export const Dark = meta.story({ decorators: [withKit({ theme: 'dark' })] });
