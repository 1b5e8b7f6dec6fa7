import { ReportSchema } from '@vernkit/core';
import { expect, fn, waitFor } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { sampleReport, sampleTemplates } from './reportFixtures.ts';

const meta = preview.meta({
  component: ReportSummary,
  title: 'Components/ReportSummary',
  decorators: [withKit({ width: 760 })],
  args: {
    report: sampleReport(),
    templates: sampleTemplates,
    onDownload: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 800))),
  },
});

export const Default = meta.story({
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Download Clean rows of Contacts as CSV' });
    await userEvent.click(button);
    await expect(args.onDownload).toHaveBeenCalledWith('contacts', 'valid');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
  },
});

export const AllClean = meta.story({
  args: { report: sampleReport({ invalidCellCount: 0 }) },
});

export const DownloadFails = meta.story({
  args: {
    onDownload: fn(async () => Promise.reject(new Error('Too many requests. Try again in a minute.'))),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Download All rows of Companies as CSV' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many requests');
  },
});

export const AllColumns = meta.story({
  play: async ({ canvas, userEvent }) => {
    const toggle = canvas.getByRole('button', { name: 'Show all 10 columns' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName('Show fewer columns');
    await expect(canvas.getAllByRole('row')).toHaveLength(11);
  },
});

export const NoCoverage = meta.story({
  args: {
    report: ReportSchema.parse({
      inserted: 3,
      perSheet: [{ templateName: 'Contacts', rowCount: 3 }],
      invalidCellCount: 0,
      coverage: null,
    }),
  },
});

export const ManySheets = meta.story({
  args: {
    report: ReportSchema.parse({
      inserted: 100_000,
      perSheet: Array.from({ length: 6 }, (_, i) => ({
        templateName: `Sheet ${i + 1}`,
        rowCount: 16_000 + i * 500,
      })),
      invalidCellCount: 1_204,
    }),
    templates: Array.from({ length: 6 }, (_, i) => ({ slug: `sheet_${i + 1}`, name: `Sheet ${i + 1}` })),
  },
});

export const HostileNames = meta.story({
  args: {
    report: ReportSchema.parse({
      inserted: 2,
      perSheet: [{ templateName: '<img src=x onerror=alert(1)>\u202Etxt.exe', rowCount: 2 }],
      invalidCellCount: 1,
      coverage: {
        columns: [{ column: '=HYPERLINK("http://evil")', input: null, output: { filled: 0, total: 2 } }],
      },
    }),
    templates: [{ slug: 'evil', name: '<img src=x onerror=alert(1)>\u202Etxt.exe' }],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
});

export const Dark = meta.story({ decorators: [withKit({ width: 760, theme: 'dark' })] });

export const German = meta.story({ decorators: [withKit({ width: 760, locale: 'de-DE' })] });
