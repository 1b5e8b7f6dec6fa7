import { delay, HttpResponse, http } from 'msw';
import { expect } from 'storybook/test';
import preview from '#.storybook/preview';
import { de, en } from '../labels/dictionary.ts';
import { MigrationFlow } from '../migration-flow/MigrationFlow.tsx';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { Journey, preparedFlow, prepareFlow } from './live/journey.ts';
import { expectStep } from './live/playSteps.ts';

const L = en.migrationFlow;

/**
 * Every state a migration can be in, one click away, as `<MigrationFlow>` shows it to a
 * returning customer. Each story puts the simulated Vern in that state first (create, upload,
 * run, answer… on the mock itself), then renders the flow. States a run only passes through
 * (queued, running, refining, executing) use a frozen mock, where the agent's time stands still.
 */
const meta = preview.meta({
  // One page per state; a docs page of live flows would be a wall of iframes fighting for focus.
  tags: ['!autodocs'],
  component: MigrationFlow,
  title: 'States/Migration',
  parameters: { vernkit: { mock: {} }, docs: { story: isolatedInDocs } },
  render: (args, { vernMock }) => <MigrationFlow {...args} {...preparedFlow(vernMock)} />,
});

const created = { render: () => <MigrationFlow create={{ name: 'Acme onboarding' }} /> };

export const Loading = meta.story({
  ...created,
  beforeEach: ({ msw }) => {
    msw.use(http.post('*/api/v1/migrations', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_loading);
  },
});

export const NothingUploaded = meta.story({
  ...created,
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_files);
    await expect(canvas.getByRole('button', { name: L.generate })).toHaveAttribute('aria-disabled', 'true');
  },
});

export const FilesUploaded = meta.story({
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (
        await Journey.begin(mock, { templates: ['contacts', 'companies'] }, [
          'contacts.csv',
          'companies.xlsx',
        ])
      ).flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_files);
  },
});

export const Queued = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_generating);
  },
});

export const RunningWithMessages = meta.story({
  args: { include: 'tools' },
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = await (await Journey.begin(mock, {}, ['contacts.csv'])).start({ kind: 'generate' });
      await journey.advanceUntil((run, events) => run.status === 'running' && events >= 5, {
        include: 'tools',
      });
      return journey.flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_generating);
  },
});

export const BlockedOnOneQuestion = meta.story({
  parameters: { vernkit: { mock: { scenario: 'two-questions' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    ),
  play: async ({ canvas, canvasElement }) => {
    await expectStep(canvas, L.heading_question);
    await expect(canvasElement.querySelectorAll('[data-slot=question-form-question]')).toHaveLength(1);
  },
});

export const BlockedOnSeveralQuestions = meta.story({
  parameters: { vernkit: { mock: { scenario: 'question' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock, {}, ['contacts.csv'])).start({ kind: 'generate' }))
        .settle()
        .flowProps(),
    ),
  play: async ({ canvas, canvasElement }) => {
    await expectStep(canvas, L.heading_question);
    await expect(canvasElement.querySelectorAll('[data-slot=question-form-question]').length).toBeGreaterThan(
      1,
    );
  },
});

export const BlockedOnCredentials = meta.story({
  parameters: { vernkit: { mock: { scenario: 'credentials' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_credentials);
  },
});

export const BlockedForAnUnknownReason = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: async ({ vernMock, msw }) => {
    await prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).flowProps(),
    );
    // A reason newer than the kit: pinned on the poll, as a future Vern could send it.
    msw.use(
      http.get('*/api/v1/migrations/:id/runs/:runId', ({ params }) =>
        HttpResponse.json({ run_id: params.runId, status: 'blocked', blocked_reason: 'manual_review' }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_blocked);
    await expect(await canvas.findByText(/manual_review/)).toBeVisible();
  },
});

export const PreviewWithFlaggedCells = meta.story({
  parameters: { vernkit: { mock: { scenario: 'flagged-rows' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = await (await Journey.begin(mock, { templates: ['contacts'] }, ['contacts.csv'])).start({
        kind: 'generate',
      });
      return (await journey.answerEveryQuestion()).flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_preview);
    await expect(await canvas.findByRole('grid', {}, { timeout: 15_000 })).toBeVisible();
  },
});

export const PreviewAllValid = meta.story({
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock, { templates: ['contacts'] })).start({ kind: 'generate' }))
        .settle()
        .flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_preview);
  },
});

export const Refining = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = (
        await (await Journey.begin(mock, { templates: ['contacts'] })).start({ kind: 'generate' })
      ).settle();
      return (await journey.start({ kind: 'update', message: 'Uppercase the Last Name column' })).flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_refining);
  },
});

export const Clarifying = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = (
        await (await Journey.begin(mock, { templates: ['contacts'] })).start({ kind: 'generate' })
      ).settle();
      return (await journey.start({ kind: 'clarify', message: 'Where did Account come from?' })).flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_refining);
  },
});

export const Executing = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = (
        await (await Journey.begin(mock, { templates: ['contacts'] })).start({ kind: 'generate' })
      ).settle();
      return (await journey.start({ kind: 'execute' })).flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_executing);
  },
});

export const CompletedAllValid = meta.story({
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = (
        await (await Journey.begin(mock, { templates: ['contacts'] })).start({ kind: 'generate' })
      ).settle();
      return (await journey.start({ kind: 'execute' })).settle().flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_report);
    await expect(await canvas.findByText(en.reportSummary.allValid)).toBeVisible();
  },
});

export const CompletedWithFlaggedRows = meta.story({
  parameters: { vernkit: { mock: { scenario: 'flagged-rows' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const journey = await (await Journey.begin(mock, { templates: ['contacts'] }, ['contacts.csv'])).start({
        kind: 'generate',
      });
      await journey.answerEveryQuestion();
      return (await journey.start({ kind: 'execute' })).settle().flowProps();
    }),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_report);
    await expect(await canvas.findByText(en.reportSummary.flaggedNote)).toBeVisible();
  },
});

export const Failed = meta.story({
  parameters: { vernkit: { mock: { scenario: 'failure' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_failed);
    await expect(canvas.getByRole('button', { name: L.tryAgain })).toBeVisible();
  },
});

export const TimedOut = meta.story({
  parameters: { vernkit: { mock: { scenario: 'stale' } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_failed);
    await expect((await canvas.findAllByText('Import timed out'))[0]).toBeVisible();
  },
});

export const Canceled = meta.story({
  parameters: { vernkit: { mock: { frozen: true } } },
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await (await Journey.begin(mock)).start({ kind: 'generate' })).cancel()).settle().flowProps(),
    ),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_canceled);
  },
});

export const UnknownStatus = meta.story({
  beforeEach: async ({ vernMock }) => {
    await prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    );
    vernMock?.injectFault({
      type: 'unknown-status',
      value: 'paused_for_review',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/paused_for_review/, {}, { timeout: 15_000 })).toBeVisible();
  },
});

/* The same states pinned to other looks, so axe checks contrast in dark mode and both brands. */

export const PreviewDarkAcme = meta.story({
  ...PreviewWithFlaggedCells.input,
  name: 'Preview with flagged cells (dark, Acme)',
  globals: { theme: 'dark', brand: 'acme' },
});

export const QuestionsDarkNorthwindGerman = meta.story({
  ...BlockedOnSeveralQuestions.input,
  name: 'Several questions (dark, Northwind, German)',
  globals: { theme: 'dark', brand: 'northwind', locale: 'de' },
  play: async ({ canvas, canvasElement }) => {
    await expectStep(canvas, de.migrationFlow.heading_question);
    await expect(canvasElement.querySelectorAll('[data-slot=question-form-question]').length).toBeGreaterThan(
      1,
    );
  },
});

export const ReportDarkCompact = meta.story({
  ...CompletedWithFlaggedRows.input,
  name: 'Report with flagged rows (dark, compact)',
  globals: { theme: 'dark', density: 'compact' },
});
