import type { FlowStorage } from '@vernkit/react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import preview from '#.storybook/preview';
import { en } from '../labels/dictionary.ts';
import { CompanyImportFlow } from '../migration-flow/CompanyImportFlow.tsx';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { importFlowStorage, prepare, preparedFor, provisionCompany, startImport } from './live/journey.ts';
import type { SampleFileName } from './live/sampleFiles.ts';

const STEP = { timeout: 15_000 };
const M = en.migrationFlow;

interface ImportSetup {
  /** The file an import already started with when the page opens. */
  file?: SampleFileName;
  /** Run it until it parks, fails or completes (default), or leave it importing (frozen mocks). */
  settle?: boolean;
}

/**
 * The imports preview in each state, as a customer opening the page finds it: the flow
 * adopts the company's active import (or shows the last one's outcome).
 */
const meta = preview.meta({
  // One page per state; a docs page of live flows would be a wall of iframes fighting for focus.
  tags: ['!autodocs'],
  title: 'States/Imports',
  parameters: { vernkit: { mock: { scenario: 'flagged-rows' } }, docs: { story: isolatedInDocs } },
  beforeEach: ({ vernMock, parameters }) =>
    prepare(vernMock, async (mock) => {
      const companyId = await provisionCompany(mock);
      const setup = (parameters as { imports?: ImportSetup }).imports;
      if (!setup?.file) return { companyId, storage: null };
      const runId = await startImport(mock, companyId, setup.file, { settle: setup.settle ?? true });
      // As after a reload: the flow kept the run id (an active import would be found without it).
      return { companyId, storage: importFlowStorage(companyId, runId) };
    }),
  render: (_args, { vernMock }) => (
    <CompanyImportFlow {...preparedFor<{ companyId: string; storage: FlowStorage | null }>(vernMock)} />
  ),
});

export const Importing = meta.story({
  parameters: { vernkit: { mock: { frozen: true } }, imports: { file: 'contacts.csv', settle: false } },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: M.import_heading_importing }, STEP);
  },
});

export const NeedsAttention = meta.story({
  parameters: { imports: { file: 'contacts.csv' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: en.proposedPatch.apply }, STEP)).toBeVisible();
  },
});

export const NeedsAttentionRemovesRows = meta.story({
  name: 'Needs attention: the fix removes rows',
  parameters: { vernkit: { mock: { scenario: 'destructive-patch' } }, imports: { file: 'contacts.csv' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: en.proposedPatch.apply }, STEP)).toBeVisible();
    await expect(canvas.getAllByText(/Removes \d+ rows?/).length).toBeGreaterThan(0);
  },
});

/** The decision is refused (500): the error shows where it happened and every choice stays. */
export const DecisionFails = meta.story({
  parameters: { imports: { file: 'contacts.csv' } },
  beforeEach: ({ vernMock }) => {
    vernMock?.injectFault({
      type: '5xx',
      route: 'POST /companies/:id/imports/:runId/decisions',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    const apply = await canvas.findByRole('button', { name: en.proposedPatch.apply }, STEP);
    await userEvent.click(apply);
    const dialog = await waitFor(() => screen.queryByRole('alertdialog'), { timeout: 300 }).catch(() => null);
    if (dialog) await userEvent.click(within(dialog).getAllByRole('button').at(-1) as HTMLElement);
    await expect(await canvas.findByText(en.proposedPatch.applyFailed, {}, STEP)).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.proposedPatch.apply })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.flaggedRowsReview.letMeDecide })).toBeVisible();
  },
});

export const Failed = meta.story({
  parameters: { vernkit: { mock: { scenario: 'failure' } }, imports: { file: 'contacts.csv' } },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: M.import_heading_failed }, STEP);
  },
});

export const Completed = meta.story({
  parameters: { vernkit: { mock: { scenario: 'happy' } }, imports: { file: 'contacts-clean.csv' } },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: M.import_heading_completed }, STEP);
  },
});
