import { expect, waitFor } from 'storybook/test';
import preview from '#.storybook/preview';
import { hostile } from '../fixtures/hostile.ts';
import { en } from '../labels/dictionary.ts';
import { MigrationFlow } from '../migration-flow/MigrationFlow.tsx';
import { bigContactsCsv, garbageCsv, headerOnlyCsv, hostileContactsCsv } from './live/csvFiles.ts';
import { isolatedInDocs } from './live/isolatedInDocs.ts';
import { Journey, preparedFlow, prepareFlow } from './live/journey.ts';
import { expectStep } from './live/playSteps.ts';

const L = en.migrationFlow;
const STEP = { timeout: 15_000 };

/**
 * The flow on data that breaks naive UIs, run through the real simulated Vern: nothing to
 * import, bytes that are not a table, tens of thousands of rows, and values (and a file name)
 * built to inject markup, formulas, links and reversed text.
 */
const meta = preview.meta({
  // One page per state; a docs page of live flows would be a wall of iframes fighting for focus.
  tags: ['!autodocs'],
  component: MigrationFlow,
  title: 'States/Data',
  parameters: { vernkit: { mock: {} }, docs: { story: isolatedInDocs } },
  render: (args, { vernMock }) => <MigrationFlow {...args} {...preparedFlow(vernMock)} />,
});

const generated = (file: () => File) => ({
  beforeEach: ({ vernMock }: { vernMock?: Parameters<typeof prepareFlow>[0] }) =>
    prepareFlow(vernMock, async (mock) =>
      (await (await Journey.begin(mock, {}, [file()])).start({ kind: 'generate' }))
        .answerEveryQuestion()
        .then((j) => j.flowProps()),
    ),
});

/** A header and no rows: the run fails and says why; nothing is imported. */
export const EmptyFile = meta.story({
  ...generated(headerOnlyCsv),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_failed);
  },
});

/** Binary bytes named `.csv`: refused as unreadable, not shown as mojibake. */
export const NotATable = meta.story({
  ...generated(garbageCsv),
  play: async ({ canvas }) => {
    await expectStep(canvas, L.heading_failed);
  },
});

/** 20,000 rows: the preview is virtualized, so only a screenful of rows is in the page. */
export const TwentyThousandRows = meta.story({
  ...generated(() => bigContactsCsv(20_000)),
  play: async ({ canvas, canvasElement }) => {
    await expectStep(canvas, L.heading_preview);
    await expect(await canvas.findByRole('grid', {}, STEP)).toBeVisible();
    await waitFor(() => expect(canvas.getAllByText('person1@example.com')[0]).toBeVisible(), STEP);
    await expect(canvasElement.querySelectorAll('[role=row]').length).toBeLessThan(200);
  },
});

/** Markup, script, `javascript:` links, spreadsheet formulas and RTL overrides stay inert text. */
export const HostileValues = meta.story({
  ...generated(hostileContactsCsv),
  play: async ({ canvas, canvasElement }) => {
    await expectStep(canvas, L.heading_preview);
    await expect(await canvas.findByText(hostile.html, {}, STEP)).toBeVisible();
    await expect(canvasElement.querySelector('img[src=x], script')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull();
  },
});
