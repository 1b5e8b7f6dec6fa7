import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import preview from '#.storybook/preview';
import { en } from '../labels/dictionary.ts';
import { CompanyImportFlow } from '../migration-flow/CompanyImportFlow.tsx';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { prepare, preparedFor, provisionCompany, startImport, storageFor } from './live/journey.ts';
import { SampleFiles } from './live/SampleFiles.tsx';
import { sampleUpload } from './live/sampleFiles.ts';

const STEP = { timeout: 15_000 };
const M = en.migrationFlow;
const R = en.flaggedRowsReview;
const P = en.proposedPatch;

/**
 * The older imports flow (`needs_attention`, proposed patches, decisions) against the
 * simulated Vern: an import pauses on rows that fail validation and proposes a fix to review.
 * Try the `flagged-rows`, `destructive-patch` and `repark` scenarios from the toolbar.
 */
const meta = preview.meta({
  // One page per state; a docs page of live flows would be a wall of iframes fighting for focus.
  tags: ['!autodocs'],
  title: 'Flows/Live imports',
  parameters: {
    vernkit: { mock: { scenario: 'flagged-rows' } },
    docs: {
      story: isolatedInDocs,
      description: {
        component:
          '`<CompanyImportFlow>` (on `useImportFlow`) against the simulated Vern: an import pauses on rows that fail validation and proposes a fix to review.',
      },
    },
  },
  beforeEach: ({ vernMock, parameters }) =>
    prepare(vernMock, async (mock) => {
      const companyId = await provisionCompany(mock);
      // `parameters.parkedImport`: an import already waiting when the page opens.
      const parked = (parameters as { parkedImport?: 'contacts.csv' }).parkedImport;
      if (parked) await startImport(mock, companyId, parked);
      return companyId;
    }),
  render: (_args, { vernMock }) => (
    <>
      <SampleFiles only={['contacts.csv', 'contacts-clean.csv']} />
      <CompanyImportFlow companyId={preparedFor<string>(vernMock)} storage={storageFor(vernMock)} />
    </>
  ),
});

/** Yours to click through; the scenario comes from the toolbar (`flagged-rows` shows the review). */
export const Live = meta.story({ parameters: { vernkit: { mock: { scenario: undefined } } } });

async function importFile(canvas: ReturnType<typeof within>) {
  await canvas.findByRole('heading', { name: M.import_heading_files }, STEP);
  await userEvent.upload(canvas.getByLabelText(en.fileDropzone.label), sampleUpload('contacts.csv'));
  const start = canvas.getByRole('button', { name: M.startImport });
  await waitFor(() => expect(start).not.toHaveAttribute('aria-disabled'), STEP);
  await userEvent.click(start);
  await canvas.findByRole('heading', { name: M.import_heading_needs_attention }, STEP);
}

export const ApplySuggestedFix = meta.story({
  name: 'Apply the suggested fix',
  play: async ({ canvas, step }) => {
    await step('Import a messy file: it parks on the flagged rows', () => importFile(canvas));
    await step('Apply the proposed patch, again if other rows still fail', () => applyUntilComplete(canvas));
    await step('The import completes', async () => {
      await canvas.findByRole('heading', { name: M.import_heading_completed }, STEP);
    });
  },
});

export const ConfirmDestructiveFix = meta.story({
  name: 'Confirm a fix that removes rows',
  parameters: { vernkit: { mock: { scenario: 'destructive-patch' } } },
  play: async ({ canvas, step }) => {
    await step('Import: the proposed patch removes rows', async () => {
      await importFile(canvas);
      await expect(canvasText(canvas)).toMatch(/remov|delet|duplicate/i);
    });
    await step('Applying asks first, naming what goes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: P.apply }));
      const dialog = await screen.findByRole('alertdialog');
      await expect(within(dialog).getByRole('button', { name: en.common.cancel })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      await userEvent.click(canvas.getByRole('button', { name: P.apply }));
      const again = await screen.findByRole('alertdialog');
      await userEvent.click(within(again).getAllByRole('button').at(-1) as HTMLElement);
    });
    await step('Any further fixes, then the import completes', async () => {
      await waitFor(
        () =>
          expect(
            canvas.queryByRole('heading', { name: M.import_heading_completed }) ??
              canvas.queryByRole('button', { name: P.apply }),
          ).not.toBeNull(),
        STEP,
      );
      if (canvas.queryByRole('button', { name: P.apply })) await applyUntilComplete(canvas);
    });
  },
});

export const Repark = meta.story({
  name: 'Re-park after approval',
  parameters: { vernkit: { mock: { scenario: 'repark' } } },
  play: async ({ canvas, step }) => {
    await step('Import and approve the first patch', async () => {
      await importFile(canvas);
      await applyFix(canvas);
    });
    await step('Rows still fail: it parks again with a fresh patch', async () => {
      await expect(await canvas.findByRole('button', { name: P.apply }, STEP)).toBeVisible();
    });
    await step('The second approval completes it', () => applyUntilComplete(canvas));
  },
});

export const LetMeDecide = meta.story({
  name: 'Decide for yourself',
  play: async ({ canvas, step }) => {
    await step('Import', () => importFile(canvas));
    await step('Answer the questions instead of the patch', async () => {
      await userEvent.click(canvas.getByRole('button', { name: R.letMeDecide }));
      for (const group of canvas.getAllByRole('radiogroup')) {
        await userEvent.click(within(group).getAllByRole('radio')[0] as HTMLElement);
      }
      await userEvent.click(canvas.getByRole('button', { name: R.submitDecision_other }));
    });
    await step('The import completes or parks again', async () => {
      await waitFor(
        () =>
          expect(
            canvas.queryByRole('heading', { name: M.import_heading_completed }) ??
              canvas.queryByRole('heading', { name: M.import_heading_needs_attention }),
          ).not.toBeNull(),
        STEP,
      );
    });
  },
});

export const Reject = meta.story({
  name: 'Reject the import',
  play: async ({ canvas, step }) => {
    await step('Import', () => importFile(canvas));
    await step('Reject, and confirm', async () => {
      await userEvent.click(canvas.getByRole('button', { name: R.reject }));
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.click(within(dialog).getAllByRole('button').at(-1) as HTMLElement);
    });
    await step('Nothing is imported', async () => {
      await canvas.findByRole(
        'heading',
        { name: new RegExp(`${M.import_heading_failed}|${M.import_heading_canceled}`) },
        STEP,
      );
    });
  },
});

/** An import parked before the page opened: the flow adopts the company's active import. */
export const ResumeParkedImport = meta.story({
  name: 'Resume a parked import',
  parameters: { parkedImport: 'contacts.csv' },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: M.import_heading_needs_attention }, STEP);
  },
});

/** Apply the suggested fix (confirming when it removes rows); `times` rounds, as an import can park again. */
async function applyFix(canvas: ReturnType<typeof within>) {
  await userEvent.click(await canvas.findByRole('button', { name: P.apply }, STEP));
  const dialog = await waitFor(() => screen.queryByRole('alertdialog'), { timeout: 300 }).catch(() => null);
  if (dialog) await userEvent.click(within(dialog).getAllByRole('button').at(-1) as HTMLElement);
}

/** Apply fixes until the import completes: a fix can leave other rows failing, which parks it again. */
async function applyUntilComplete(canvas: ReturnType<typeof within>) {
  for (let round = 0; round < 4; round++) {
    await applyFix(canvas);
    const next = await waitFor(() => {
      const done = canvas.queryByRole('heading', { name: M.import_heading_completed });
      const again = canvas.queryByRole('button', { name: P.apply });
      if (!done && !again) throw new Error('still importing');
      return done ? 'done' : 'parked';
    }, STEP);
    if (next === 'done') return;
  }
  throw new Error('The import kept parking');
}

function canvasText(canvas: ReturnType<typeof within>): string {
  return (canvas.getByRole('region', { name: M.import_heading_needs_attention }).textContent ?? '').replace(
    /\s+/g,
    ' ',
  );
}
