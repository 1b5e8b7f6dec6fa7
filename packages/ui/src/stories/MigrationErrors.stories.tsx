import type { VernErrorKind } from '@vernkit/core';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '#.storybook/preview';
import { en } from '../labels/dictionary.ts';
import { MigrationFlow } from '../migration-flow/MigrationFlow.tsx';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { Journey, preparedFlow, prepareFlow } from './live/journey.ts';
import { expectStep } from './live/playSteps.ts';

const L = en.migrationFlow;
const STEP = { timeout: 15_000 };

/**
 * What the flow shows when the API says no: every error kind `VernApiError` knows, produced
 * by the simulated Vern itself (a key it refuses, an id it does not have, its fault injection)
 * or, for a dropped connection, by MSW. Each story also checks nothing is lost: the step and
 * the customer's input stay, and there is a way forward.
 */
const meta = preview.meta({
  // One page per state; a docs page of live flows would be a wall of iframes fighting for focus.
  tags: ['!autodocs'],
  component: MigrationFlow,
  title: 'States/Errors',
  parameters: { vernkit: { mock: {} }, docs: { story: isolatedInDocs } },
  render: (args, { vernMock }) => <MigrationFlow {...args} {...preparedFlow(vernMock)} />,
});

const filesUploaded = ({ vernMock }: { vernMock?: Parameters<typeof prepareFlow>[0] }) =>
  prepareFlow(vernMock, async (mock) => (await Journey.begin(mock)).flowProps());

const questionAsked = ({ vernMock }: { vernMock?: Parameters<typeof prepareFlow>[0] }) =>
  prepareFlow(vernMock, async (mock) =>
    (await (await Journey.begin(mock, {}, ['contacts.csv'])).start({ kind: 'generate' }))
      .settle()
      .flowProps(),
  );

async function startMapping(canvas: ReturnType<typeof within>) {
  await expectStep(canvas, L.heading_files);
  const generate = canvas.getByRole('button', { name: L.generate });
  // Enabled once the flow has read the migration (its files are already uploaded).
  await waitFor(() => expect(generate).not.toHaveAttribute('aria-disabled'), STEP);
  await userEvent.click(generate);
}

/** The flow's error for one `VernApiError.kind` (`data-kind` is part of the styling contract), in the customer's words. */
async function expectError(canvas: ReturnType<typeof within>, kind: VernErrorKind) {
  const alert = await canvas.findByRole('alert', {}, STEP);
  await waitFor(() =>
    expect(alert.closest('[data-slot=migration-flow-error]')).toHaveAttribute('data-kind', kind),
  );
  await expect(alert).toHaveTextContent(L[`error_${kind}`]);
  return alert;
}

/** 401: the proxy (here the mock, with a key required) refuses the session. */
export const Unauthorized = meta.story({
  parameters: { vernkit: { mock: { apiKey: 'server-side-key' } } },
  render: () => <MigrationFlow create={{ name: 'Acme onboarding' }} />,
  play: async ({ canvas }) => {
    await expectError(canvas, 'auth');
    await expect(canvas.getByRole('button', { name: L.continueAfterSignIn })).toBeVisible();
  },
});

/** 404: a migration id the account does not have (deleted, or from another tenant). */
export const MigrationNotFound = meta.story({
  render: () => <MigrationFlow migrationId="0b8c5a44-0000-4000-8000-000000000000" storage={null} />,
  play: async ({ canvas }) => {
    await expectError(canvas, 'not_found');
  },
});

/**
 * 409: the host reuses an `external_id` for a migration from another source. Vern refuses
 * rather than mixing two customers' data; the flow says so and offers to try again.
 */
export const ExternalIdConflict = meta.story({
  beforeEach: ({ vernMock }) =>
    prepareFlow(vernMock, async (mock) => {
      const { create, ...rest } = (await Journey.begin(mock, { source: 'HubSpot' }, [])).flowProps();
      return { ...rest, create: { ...create, source: 'Salesforce' } };
    }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, STEP);
    await waitFor(() =>
      expect(alert.closest('[data-slot=migration-flow-error]')).toHaveAttribute('data-kind', 'conflict'),
    );
    // A reused reference, worded as such: not "another step is still running".
    await expect(alert).toHaveTextContent(L.error_migration_conflict);
    await expect(canvas.getByRole('button', { name: L.tryAgain })).toBeVisible();
  },
});

/** 429: Vern's rate limit on starting a run. A mutation is never re-sent blindly. */
export const RateLimited = meta.story({
  beforeEach: async (context) => {
    await filesUploaded(context);
    context.vernMock?.injectFault({
      type: '429-burst',
      route: 'POST /migrations/:id/runs',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    await startMapping(canvas);
    await expectError(canvas, 'rate_limited');
    await expectStep(canvas, L.heading_files);
  },
});

/** 500 on sending answers: the error is shown in the form, and every answer stays. */
export const ServerErrorOnAnswer = meta.story({
  parameters: { vernkit: { mock: { scenario: 'question' } } },
  beforeEach: async (context) => {
    await questionAsked(context);
    context.vernMock?.injectFault({
      type: '5xx',
      route: 'POST /migrations/:id/runs/:runId/messages',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_question);
    const group = (await canvas.findAllByRole('radiogroup'))[1] as HTMLElement;
    for (const g of canvas.getAllByRole('radiogroup')) {
      await userEvent.click(within(g).getAllByRole('radio')[0] as HTMLElement);
    }
    await userEvent.click(canvas.getByRole('button', { name: en.questionForm.submit_other }));
    await expect(await canvas.findByText(en.questionForm.submitFailed, {}, STEP)).toBeVisible();
    await expect(within(group).getAllByRole('radio')[0]).toBeChecked();
  },
});

/** The connection drops on every try: after the recovery attempt, a clear error and a retry. */
export const NetworkError = meta.story({
  beforeEach: async (context) => {
    await filesUploaded(context);
    context.msw.use(http.post('*/api/v1/migrations/:id/runs', () => HttpResponse.error()));
  },
  play: async ({ canvas }) => {
    await startMapping(canvas);
    await expectError(canvas, 'network');
    await expect(canvas.getByRole('button', { name: L.tryAgain })).toBeVisible();
  },
});

/**
 * The server started the run but its answer was lost: the kit asks again, gets the 409 that
 * names the run, and adopts it. The customer sees nothing but progress.
 */
export const LostResponseRecovered = meta.story({
  beforeEach: async (context) => {
    await filesUploaded(context);
    context.vernMock?.injectFault({ type: 'lost-post-response' });
  },
  play: async ({ canvas }) => {
    await startMapping(canvas);
    await expectStep(canvas, L.heading_preview);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
});

/** The preview keeps failing with 503 after the client's retries: the table offers a retry. */
export const PreviewUnavailable = meta.story({
  beforeEach: async (context) => {
    await prepareFlow(context.vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).settle().flowProps(),
    );
    context.vernMock?.injectFault({
      type: '5xx',
      status: 503,
      route: 'GET /migrations/:id/preview',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_preview);
    await expect(await canvas.findByRole('button', { name: /try again|retry/i }, STEP)).toBeVisible();
  },
});

/** A poll answers with a body that is not a run: a typed `invalid_response` error, never a crash. */
export const MalformedResponse = meta.story({
  beforeEach: async (context) => {
    await prepareFlow(context.vernMock, async (mock) =>
      (await (await Journey.begin(mock)).start({ kind: 'generate' })).flowProps(),
    );
    context.vernMock?.injectFault({
      type: 'malformed-body',
      route: 'GET /migrations/:id/runs/:runId',
      count: Number.POSITIVE_INFINITY,
    });
  },
  play: async ({ canvas }) => {
    await expectError(canvas, 'invalid_response');
  },
});
