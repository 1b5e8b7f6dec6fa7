import { expect, userEvent } from 'storybook/test';
import preview from '#.storybook/preview';
import { en } from '../labels/dictionary.ts';
import { MigrationFlow } from '../migration-flow/MigrationFlow.tsx';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { storageFor } from './live/journey.ts';
import {
  answerWithFirstOptions,
  approveAndImport,
  downloadCsv,
  expectStep,
  uploadAndGenerate,
} from './live/playSteps.ts';
import { SampleFiles } from './live/SampleFiles.tsx';

const L = en;

/**
 * The whole migration against the simulated Vern (`@vernkit/mock` through MSW). `Live` is
 * yours to click through, in the scenario picked in the toolbar; the other stories play a
 * journey by themselves (and are the interaction tests of the flow).
 */
const meta = preview.meta({
  component: MigrationFlow,
  title: 'Flows/Live migration',
  parameters: {
    vernkit: { mock: {} },
    docs: {
      story: isolatedInDocs,
      description: {
        component:
          'The drop-in `<MigrationFlow>` on `useMigrationFlow`, talking to the simulated Vern. Pick a scenario in the toolbar (beaker icon); theme, brand, locale and density apply live.',
      },
    },
  },
  args: { create: { name: 'Acme onboarding' } },
  render: (args, { vernMock }) => (
    <>
      <SampleFiles />
      <MigrationFlow storage={storageFor(vernMock)} {...args} />
    </>
  ),
});

/** Start here: drop a sample file and follow the agent. The scenario comes from the toolbar. */
export const Live = meta.story({});

// The stories that play stay off the docs page: each moves focus as it goes, which would
// scroll the page under the reader. Each has its own page in the sidebar.
export const HappyPathToDownload = meta.story({
  name: 'Happy path: execute and download',
  tags: ['!autodocs'],
  args: { create: { name: 'Acme onboarding', templates: ['contacts'] } },
  parameters: { vernkit: { mock: { scenario: 'happy' } } },
  play: async ({ canvas, step }) => {
    await step('Upload a file and start mapping', () => uploadAndGenerate(canvas, ['contacts-clean.csv']));
    await step('Review the preview and import it', async () => {
      await expectStep(canvas, L.migrationFlow.heading_preview);
      await expect(await canvas.findByRole('grid', {}, { timeout: 15_000 })).toBeVisible();
      await approveAndImport(canvas);
    });
    await step('Download the clean rows', async () => {
      await expectStep(canvas, L.migrationFlow.heading_report);
      const button = await canvas.findByRole('button', { name: /Clean rows of Contacts/i });
      const file = await downloadCsv(button);
      await expect(file.filename).toMatch(/\.csv$/);
      await expect(file.text.split('\r\n')[0]).toContain('Email');
    });
  },
});

export const AnswerAQuestion = meta.story({
  name: 'Answer the agent’s question',
  tags: ['!autodocs'],
  parameters: { vernkit: { mock: { scenario: 'question' } } },
  play: async ({ canvas, step }) => {
    await step('Upload and start', () => uploadAndGenerate(canvas, ['contacts.csv']));
    await step('Answer with the first option', () => answerWithFirstOptions(canvas));
    await step('The same run resumes to a preview', async () => {
      await expectStep(canvas, L.migrationFlow.heading_preview);
    });
  },
});

export const Refine = meta.story({
  name: 'Refine the preview',
  tags: ['!autodocs'],
  args: { create: { name: 'Acme onboarding', templates: ['contacts'] } },
  parameters: { vernkit: { mock: { scenario: 'happy' } } },
  play: async ({ canvas, step }) => {
    await step('Reach the preview', async () => {
      await uploadAndGenerate(canvas, ['contacts-clean.csv']);
      await expectStep(canvas, L.migrationFlow.heading_preview);
    });
    await step('Ask for a change in plain language', async () => {
      await expect(await canvas.findByText('Doe')).toBeVisible();
      const box = canvas.getByRole('textbox', { name: L.refineBox.updateLabel });
      await userEvent.type(box, 'Uppercase the Last Name column');
      await userEvent.click(canvas.getByRole('button', { name: L.refineBox.submitUpdate }));
    });
    await step('The same run applies it and the preview shows the change', async () => {
      await expect(await canvas.findByText('DOE', {}, { timeout: 15_000 })).toBeVisible();
      await expectStep(canvas, L.migrationFlow.heading_preview);
      await expect(canvas.queryByText('Doe')).toBeNull();
    });
  },
});

export const Credentials = meta.story({
  name: 'Connect a live source',
  tags: ['!autodocs'],
  parameters: { vernkit: { mock: { scenario: 'credentials' } } },
  play: async ({ canvas, step }) => {
    await step('Upload and start', () => uploadAndGenerate(canvas, ['contacts-clean.csv']));
    await step('Fill in the credentials', async () => {
      await expectStep(canvas, L.migrationFlow.heading_credentials);
      for (const field of canvas.getAllByRole('textbox')) await userEvent.type(field, 'demo-value');
      for (const field of document.querySelectorAll<HTMLInputElement>('input[type=password]')) {
        await userEvent.type(field, 's3cr3t-value');
      }
      await userEvent.click(canvas.getByRole('button', { name: L.credentialForm.submit }));
    });
    await step('The agent reads the source and asks about what it found', async () => {
      await answerWithFirstOptions(canvas);
      await expectStep(canvas, L.migrationFlow.heading_preview);
      await expect(canvas.queryByText(/s3cr3t-value/)).toBeNull();
    });
  },
});
