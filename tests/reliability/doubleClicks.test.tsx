import { act, screen, within } from '@testing-library/react';
import {
  createFlowKit,
  type FlowKit,
  type FlowKitOptions,
  sample,
  seedUploaded,
} from './support/flowKit.tsx';
import { renderImportReview, seedCompany } from './support/importReview.tsx';
import {
  button,
  chooseFirstOptions,
  doubleClick,
  heading,
  press,
  type,
  wait,
  withViewport,
} from './support/screen.ts';

const RUNS_POST = /^\/migrations\/[^/]+\/runs$/;
const RUN = /^\/migrations\/[^/]+\/runs\/[^/]+$/;

/** A double click, then three more clicks while the first request is still on its way. */
async function hammer(element: Element): Promise<void> {
  await doubleClick(element);
  await press(element, 3);
}

/**
 * The dialog's confirm button, hammered the same way (it can take a second click before the
 * dialog closes). Triggers that open a modal dialog are pressed once: the dialog covers them, so
 * a second click lands on the dialog, never on the trigger (`fireEvent` would ignore that).
 */
async function hammerConfirm(name: string | RegExp): Promise<void> {
  await wait(0);
  await hammer(within(screen.getByRole('alertdialog')).getByRole('button', { name }));
}

async function flowAt(options: FlowKitOptions, file = sample('contacts-clean.csv')): Promise<FlowKit> {
  const kit = createFlowKit(options);
  await seedUploaded(kit, file);
  kit.renderFlow();
  await wait(0);
  return kit;
}

async function toPreview(options: FlowKitOptions = {}): Promise<FlowKit> {
  const kit = await flowAt(options);
  await press(button('Start mapping'));
  await wait(30_000);
  expect(heading()).toHaveTextContent('Review your data');
  return kit;
}

const bodies = (kit: FlowKit, method: string, path: RegExp) =>
  kit.requests
    .filter((r) => r.method === method && path.test(r.path))
    .map((r) => JSON.parse(r.body ?? 'null'));

describe('double clicks and rapid repeats send exactly one request', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('Start mapping', async () => {
    const kit = await flowAt({});
    await hammer(button('Start mapping'));
    await wait(30_000);
    expect(kit.count('POST', RUNS_POST)).toBe(1);
    expect(heading()).toHaveTextContent('Review your data');
  });

  it('Send answers', async () => {
    const kit = await flowAt({ scenario: 'question' }, sample('contacts.csv'));
    await press(button('Start mapping'));
    await wait(30_000);
    await chooseFirstOptions();
    await hammer(button(/^Send answers?$/));
    await wait(0);
    expect(kit.count('POST', /\/messages$/)).toBe(1);
  });

  it('Connect (credentials)', async () => {
    const kit = await flowAt({ scenario: 'credentials' });
    await press(button('Start mapping'));
    await wait(30_000);
    expect(heading()).toHaveTextContent('Connect your source system');
    await type(screen.getByLabelText(/^Consumer key/), 'acme-app');
    await type(screen.getByLabelText(/^Consumer secret/), 'sk-live-1234567890');
    await hammer(button('Connect'));
    await wait(0);
    expect(kit.count('POST', /\/credentials$/)).toBe(1);
  });

  it('Apply change and Ask (refine, clarify)', async () => {
    const kit = await toPreview();
    await type(screen.getByRole('textbox', { name: 'What should change?' }), 'Trim whitespace');
    await hammer(button('Apply change'));
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');

    await press(screen.getByRole('radio', { name: 'Ask a question' }));
    await type(screen.getByRole('textbox', { name: 'Your question' }), 'Where did Email come from?');
    await hammer(button('Ask'));
    await wait(30_000);
    expect(bodies(kit, 'POST', RUNS_POST).map((b) => b.kind)).toEqual(['generate', 'update', 'clarify']);
  });

  it('Approve and import, then the confirmation', async () => {
    const kit = await toPreview();
    await press(button('Approve and import'));
    await hammerConfirm('Import now');
    await wait(30_000);
    expect(bodies(kit, 'POST', RUNS_POST).map((b) => b.kind)).toEqual(['generate', 'execute']);
    expect(heading()).toHaveTextContent('Import complete');
  });

  it('Cancel run, then the confirmation', async () => {
    const kit = await flowAt({ scenario: 'slow' });
    await press(button('Start mapping'));
    await wait(3_000);
    await press(button('Cancel run'));
    await hammerConfirm('Cancel run');
    await wait(1_000);
    expect(kit.count('PATCH', RUN)).toBe(1);
    expect(heading()).toHaveTextContent('Import canceled');
  });

  it('Try again after a failed run', async () => {
    const kit = await flowAt({ scenario: 'failure' });
    await press(button('Start mapping'));
    await wait(30_000);
    expect(heading()).toHaveTextContent('The run did not finish');
    kit.mock.setScenario('happy');
    await hammer(button('Try again'));
    await wait(30_000);
    expect(kit.count('POST', RUNS_POST)).toBe(2);
  });

  describe('imports: decisions on flagged rows', () => {
    async function parked() {
      const kit = createFlowKit({ scenario: 'flagged-rows' });
      const companyId = await seedCompany(kit);
      const { flow } = renderImportReview(kit, companyId);
      await wait(0);
      await act(() => flow().upload([sample('contacts.csv')]));
      await act(() => flow().start());
      await wait(30_000);
      expect(flow().step).toBe('needs_attention');
      return kit;
    }
    const decisions = (kit: FlowKit) => kit.count('POST', /\/decisions$/);

    it('Apply suggested fix', async () => {
      const kit = await parked();
      await hammer(button('Apply suggested fix'));
      if (screen.queryByRole('alertdialog')) await hammerConfirm(/^Apply fix/);
      await wait(0);
      expect(decisions(kit)).toBe(1);
    });

    it('Apply my answers', async () => {
      const kit = await parked();
      await press(button('Let me decide'));
      await chooseFirstOptions();
      await hammer(button(/^Apply my answers?$/));
      await wait(0);
      expect(decisions(kit)).toBe(1);
    });

    it('Reject import, then the confirmation', async () => {
      const kit = await parked();
      await press(button('Reject import'));
      await hammerConfirm('Reject import');
      await wait(0);
      expect(decisions(kit)).toBe(1);
    });
  });
});
