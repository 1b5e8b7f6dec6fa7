import { act, within } from '@testing-library/react';
import type { ScenarioName } from '@vernkit/mock';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { button, confirm, heading, press, type, wait, withViewport } from './support/screen.ts';

const RUNS_POST = /^\/migrations\/[^/]+\/runs$/;
const RUN_GET = /^\/migrations\/[^/]+\/runs\/([^/]+)$/;

interface Step {
  name: string;
  scenario: ScenarioName;
  file?: 'contacts.csv';
  /** Get the first tab to the step. */
  reach?: (kit: FlowKit) => Promise<void>;
  heading: string;
}

async function startMapping(ms = 30_000) {
  await press(button('Start mapping'));
  await wait(ms);
}

async function toPreview() {
  await startMapping(60_000);
  expect(heading()).toHaveTextContent('Review your data');
}

async function approve() {
  await press(button('Approve and import'));
  await confirm('Import now');
}

const STEPS: Step[] = [
  { name: 'files uploaded', scenario: 'happy', heading: 'Upload your data' },
  { name: 'generating', scenario: 'slow', reach: () => startMapping(3_000), heading: 'Mapping your data' },
  {
    name: 'blocked on a question',
    scenario: 'question',
    file: 'contacts.csv',
    reach: () => startMapping(),
    heading: 'The agent has a question',
  },
  {
    name: 'blocked on credentials',
    scenario: 'credentials',
    reach: () => startMapping(),
    heading: 'Connect your source system',
  },
  { name: 'preview', scenario: 'happy', reach: toPreview, heading: 'Review your data' },
  {
    name: 'refining',
    scenario: 'slow',
    reach: async () => {
      await toPreview();
      await type(document.querySelector('textarea') as HTMLTextAreaElement, 'Trim whitespace');
      await press(button('Apply change'));
      await wait(1_000);
    },
    heading: 'Updating your preview',
  },
  {
    name: 'executing',
    scenario: 'slow',
    reach: async () => {
      await toPreview();
      await approve();
      await wait(1_000);
    },
    heading: 'Importing your data',
  },
  {
    name: 'report',
    scenario: 'happy',
    reach: async () => {
      await toPreview();
      await approve();
      await wait(30_000);
    },
    heading: 'Import complete',
  },
  { name: 'failed', scenario: 'failure', reach: () => startMapping(), heading: 'The run did not finish' },
  {
    name: 'canceled',
    scenario: 'slow',
    reach: async () => {
      await startMapping(3_000);
      await press(button('Cancel run'));
      await confirm('Cancel run');
      await wait(1_000);
    },
    heading: 'Import canceled',
  },
];

async function firstTab(step: Step) {
  const kit = createFlowKit({ scenario: step.scenario });
  await seedUploaded(kit, sample(step.file ?? 'contacts-clean.csv'));
  const view = kit.renderFlow();
  await wait(0);
  await step.reach?.(kit);
  expect(heading()).toHaveTextContent(step.heading);
  const runs = kit.mock.inspect().migrations[0]?.runs ?? [];
  return { kit, view, runs: runs.map((r) => r.run_id) };
}

/** The customer looks at another tab, then comes back (TanStack refetches on visibility). */
async function switchTabAwayAndBack() {
  for (const state of ['hidden', 'visible'] as const) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    await act(async () => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  }
  await wait(0);
}

const polledRuns = (kit: FlowKit) =>
  new Set(
    kit.requests
      .filter((r) => r.method === 'GET')
      .map((r) => RUN_GET.exec(r.path)?.[1])
      .filter(Boolean),
  );

describe('a reload and a second tab at every step', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(STEPS)('$name: a reload shows the same step of the same run and starts nothing', async (step) => {
    const { kit, view, runs } = await firstTab(step);
    view.unmount();
    const reloaded = kit.reload();
    reloaded.renderFlow();
    await wait(0);
    expect(heading()).toHaveTextContent(step.heading);
    expect(reloaded.count('POST', RUNS_POST)).toBe(0);
    expect([...polledRuns(reloaded)].every((id) => runs.includes(id as string))).toBe(true);
    if (runs.length > 0 && step.name !== 'files uploaded') expect(polledRuns(reloaded).size).toBe(1);
    expect(kit.mock.inspect().migrations[0]?.runs.map((r) => r.run_id)).toEqual(runs);
  });

  async function openSecondTab(kit: FlowKit, storage: 'shared' | 'own' = 'shared') {
    const tab = kit.secondTab({ storage });
    const { container } = tab.renderFlow();
    await wait(0);
    const scope = within(container);
    return {
      tab,
      scope,
      heading: () => scope.getByRole('heading', { level: 2 }).textContent,
      press: (name: string | RegExp) => press(scope.getByRole('button', { name })),
    };
  }
  const runIds = (kit: FlowKit) => kit.mock.inspect().migrations[0]?.runs.map((r) => r.run_id);

  describe('a second tab, sharing the default storage (localStorage) with the first', () => {
    it.each(STEPS)('$name: opens at the same step of the same run and starts nothing', async (step) => {
      const { kit, runs } = await firstTab(step);
      const second = await openSecondTab(kit);
      expect(second.heading()).toBe(step.heading);
      await wait(1_000);
      expect(second.tab.count('POST', RUNS_POST)).toBe(0);
      expect([...polledRuns(second.tab)].every((id) => runs.includes(id as string))).toBe(true);
      expect(runIds(kit)).toEqual(runs);
    });

    it('generating: shows the run in flight on open, not the upload step', async () => {
      const { kit, runs } = await firstTab(STEPS[1] as Step);
      const second = await openSecondTab(kit);
      expect(second.heading()).toBe('Mapping your data');
      expect(second.scope.queryByRole('button', { name: 'Start mapping' })).toBeNull();
      expect([...polledRuns(second.tab)]).toEqual(runs);
    });

    it('opened before the first tab starts the run, it follows the run: in flight, then its preview, starting nothing', async () => {
      const kit = createFlowKit({ scenario: 'happy' });
      await seedUploaded(kit, sample('contacts-clean.csv'));
      const first = kit.renderFlow();
      await wait(0);
      const second = await openSecondTab(kit);
      expect(second.heading()).toBe('Upload your data');

      await press(within(first.container).getByRole('button', { name: 'Start mapping' }));
      await wait(1_000);
      expect(second.heading()).toBe('Mapping your data');
      expect(second.tab.count('POST', RUNS_POST)).toBe(0);
      expect(kit.count('POST', RUNS_POST)).toBe(1);

      await wait(60_000);
      expect(within(first.container).getByRole('heading', { level: 2 })).toHaveTextContent(
        'Review your data',
      );
      expect(second.heading()).toBe('Review your data');
      expect(second.tab.count('POST', RUNS_POST)).toBe(0);
      expect(runIds(kit)).toHaveLength(1);
      expect([...polledRuns(second.tab)]).toEqual(runIds(kit));
    });

    it('preview: approving in the second tab moves the first tab to the import at once, through the same run', async () => {
      const { kit, runs, view } = await firstTab(STEPS[4] as Step);
      const postedByFirst = kit.count('POST', RUNS_POST);
      const second = await openSecondTab(kit);
      await second.press('Approve and import');
      await confirm('Import now');
      await wait(0);
      // No visibility change, no poll of its own: the shared record moves the first tab.
      expect(within(view.container).getByRole('heading', { level: 2 })).toHaveTextContent(
        'Importing your data',
      );
      await wait(30_000);
      expect(second.heading()).toBe('Import complete');
      expect(within(view.container).getByRole('heading', { level: 2 })).toHaveTextContent('Import complete');
      expect(runIds(kit)).toEqual(runs);
      expect(second.tab.count('POST', RUNS_POST)).toBe(1);
      expect(kit.count('POST', RUNS_POST)).toBe(postedByFirst);
    });
  });

  // A host that passes per-tab storage (`storage={sessionStorage}`) keeps each tab's record to
  // itself. A tab that knows no run follows the migration's own status, so a preview
  // (`awaiting_approval`) and a finished import (`completed`) show on open; a run merely
  // `running` cannot be found without side effects (Vern has no "active run" read, thread
  // events carry no run id, and the 409 of `POST /runs` would start a run when none is in
  // flight), so the tab shows the upload step until the customer acts, and "Start mapping"
  // then lands on the run in flight.
  describe('a second tab with storage of its own (a host passing sessionStorage)', () => {
    it.each(
      STEPS.filter((s) => ['generating', 'blocked on a question', 'blocked on credentials'].includes(s.name)),
    )('$name: posts nothing by itself, and "Start mapping" lands on the run in flight', async (step) => {
      const { kit, runs } = await firstTab(step);
      const second = await openSecondTab(kit, 'own');
      expect(second.heading()).toBe('Upload your data');
      expect(second.tab.count('POST', RUNS_POST)).toBe(0);
      await second.press('Start mapping');
      await wait(0);
      expect(second.heading()).toBe(step.heading);
      expect(runIds(kit)).toEqual(runs);
      expect([...polledRuns(second.tab)]).toEqual(runs);
    });

    it('preview: shows the preview, and approving there imports through the same run', async () => {
      const { kit, runs, view } = await firstTab(STEPS[4] as Step);
      const second = await openSecondTab(kit, 'own');
      expect(second.heading()).toBe('Review your data');
      await second.press('Approve and import');
      await confirm('Import now');
      await wait(30_000);
      expect(second.heading()).toBe('Import complete');
      // The first tab catches up when the customer returns to it.
      await switchTabAwayAndBack();
      expect(within(view.container).getByRole('heading', { level: 2 })).toHaveTextContent('Import complete');
      expect(runIds(kit)).toEqual(runs);
    });

    it('executing: approving again there joins the import in flight', async () => {
      const { kit, runs } = await firstTab(STEPS[6] as Step);
      const second = await openSecondTab(kit, 'own');
      await second.press('Approve and import');
      await confirm('Import now');
      await wait(120_000);
      expect(second.heading()).toBe('Import complete');
      expect(runIds(kit)).toEqual(runs);
      expect(kit.requests.filter((r) => r.method === 'POST' && RUNS_POST.test(r.path)).length).toBe(2);
    });

    // The second tab offers "Approve and import" while a refinement runs (it sees the preview).
    // The 409 refuses the execute: the tab says another step is running, follows the run to its
    // real phase, and nothing is imported.
    it('refining: approving there while the refinement runs does not pretend to import', async () => {
      const { kit, view } = await firstTab(STEPS[5] as Step);
      const second = await openSecondTab(kit, 'own');
      await second.press('Approve and import');
      await confirm('Import now');
      await wait(0);
      expect(second.scope.getByRole('alert')).toHaveTextContent('Another step is still running');
      await wait(120_000);
      expect(within(view.container).getByRole('heading', { level: 2 })).toHaveTextContent('Review your data');
      expect(kit.mock.inspect().migrations[0]?.runs[0]?.status).toBe('awaiting_approval');
      expect(second.heading()).toBe('Review your data');
    });

    // A tab that knows no run reads the migration's own status: `completed` is the report step
    // ("This migration is complete", with the downloads per template), never a new upload.
    it('report: shows the completed import, not the upload step', async () => {
      const { kit } = await firstTab(STEPS[7] as Step);
      const second = await openSecondTab(kit, 'own');
      expect(second.heading()).not.toBe('Upload your data');
      expect(second.heading()).toBe('Import complete');
      expect(second.scope.getByText(/This migration is complete/)).toBeInTheDocument();
      expect(
        second.scope.getByRole('button', { name: 'Download Clean rows of Contacts as CSV' }),
      ).toBeEnabled();
      expect(second.scope.queryByRole('button', { name: /upload|new import/i })).toBeNull();
    });

    it.each(STEPS.filter((s) => ['files uploaded', 'failed', 'canceled'].includes(s.name)))(
      '$name: opens on the upload step and starts nothing by itself',
      async (step) => {
        const { kit, runs } = await firstTab(step);
        const second = await openSecondTab(kit, 'own');
        await wait(60_000);
        expect(second.heading()).toBe('Upload your data');
        expect(second.tab.count('POST', RUNS_POST)).toBe(0);
        expect(runIds(kit)).toEqual(runs);
      },
    );
  });
});
