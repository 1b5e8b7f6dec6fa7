import { ImportRunSchema, RunSchema } from '@vernkit/core';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { RunProgress } from './RunProgress.tsx';

const run = (raw: Record<string, unknown>) =>
  RunSchema.parse({ run_id: 'd4c3b2a1', created_at: new Date(Date.now() - 83_000).toISOString(), ...raw });

const meta = preview.meta({
  component: RunProgress,
  title: 'Components/RunProgress',
  decorators: [withKit({ width: 560 })],
  args: {
    run: run({ status: 'running', message: 'Matching your columns to Contacts' }),
    title: 'Preparing your preview',
    onCancel: fn(async () => {}),
  },
});

export const Running = meta.story({
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel run' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this run?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    await waitFor(() => expect(args.onCancel).toHaveBeenCalledTimes(1));
  },
});

export const Queued = meta.story({ args: { run: run({ status: 'queued' }) } });

export const Determinate = meta.story({
  args: { run: run({ status: 'running', message: 'Uploading 3 files' }), progress: 0.62, title: 'Uploading' },
});

export const BlockedOnQuestion = meta.story({
  args: { run: run({ status: 'blocked', blocked_reason: 'question', questions: [] }) },
});

export const BlockedOnCredentials = meta.story({
  args: { run: run({ status: 'blocked', blocked_reason: 'credentials' }) },
});

export const PreviewReady = meta.story({ args: { run: run({ status: 'awaiting_approval' }) } });

export const NeedsAttention = meta.story({
  args: {
    run: ImportRunSchema.parse({ status: 'needs_attention', needs_attention: { questions: [] } }),
    title: 'Importing your data',
  },
});

export const Completed = meta.story({
  args: { run: run({ status: 'completed' }), title: 'Import finished' },
});

export const Failed = meta.story({
  args: { run: run({ status: 'failed', error: 'Import timed out' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Import timed out')).toBeInTheDocument();
  },
});

export const Canceled = meta.story({ args: { run: run({ status: 'canceled' }) } });

export const UnknownStatus = meta.story({ args: { run: run({ status: 'reticulating_splines' }) } });

export const HostileMessage = meta.story({
  args: {
    run: run({
      status: 'running',
      message: `<img src=x onerror=alert(1)> \u202Eevil ${'long '.repeat(400)}`,
    }),
  },
});

export const Dark = meta.story({ decorators: [withKit({ width: 560, theme: 'dark' })] });

export const German = meta.story({ decorators: [withKit({ width: 560, locale: 'de-DE' })] });
