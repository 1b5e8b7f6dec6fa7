import { act, screen, within } from '@testing-library/react';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { renderImportReview, seedCompany } from './support/importReview.tsx';
import { button, chooseFirstOptions, confirm, heading, press, wait, withViewport } from './support/screen.ts';

const RUNS_POST = /^\/migrations\/[^/]+\/runs$/;
const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;
const MESSAGES = /\/messages$/;
const DECISIONS = /\/decisions$/;

async function atQuestion(): Promise<FlowKit> {
  const kit = createFlowKit({ scenario: 'question' });
  await seedUploaded(kit, sample('contacts.csv'));
  kit.renderFlow();
  await wait(0);
  await press(button('Start mapping'));
  await wait(30_000);
  expect(heading()).toHaveTextContent('The agent has a question');
  return kit;
}

const readsAfter = (kit: FlowKit, index: number) =>
  kit.requests.slice(index + 1).filter((r) => r.method === 'GET' && RUN_GET.test(r.path)).length;
const lastIndex = (kit: FlowKit, method: string, path: RegExp) =>
  kit.requests.findLastIndex((r) => r.method === method && path.test(r.path));

describe('failing mutations: never re-sent blindly', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a 5xx on an answer: sent once, the error shown in the form, the choices kept, offered again', async () => {
    const kit = await atQuestion();
    kit.mock.injectFault({ type: '5xx', status: 503, route: 'POST /migrations/*/runs/*/messages' });
    await chooseFirstOptions();
    await press(button(/^Send answers?$/));
    await wait(10_000);

    expect(kit.count('POST', MESSAGES)).toBe(1);
    const form = screen.getByRole('form', { name: 'The assistant needs your input' });
    expect(form).toHaveTextContent('Your answers were not sent');
    // The run was re-read: it still waits, so the question stays, with the customer's choices.
    expect(readsAfter(kit, lastIndex(kit, 'POST', MESSAGES))).toBeGreaterThan(0);
    expect(heading()).toHaveTextContent('The agent has a question');
    for (const group of within(form).getAllByRole('radiogroup')) {
      expect(within(group).getAllByRole('radio')[0]).toBeChecked();
    }

    await press(button(/^Send answers?$/));
    await wait(60_000);
    expect(kit.count('POST', MESSAGES, 200)).toBeGreaterThanOrEqual(1);
    expect(heading()).not.toHaveTextContent('The agent has a question');
  });

  it('a lost answer: the run is re-read before anything is offered again; it landed, so the question is gone', async () => {
    const kit = await atQuestion();
    kit.mock.injectFault({ type: 'lost-post-response', route: 'POST /migrations/*/runs/*/messages' });
    await chooseFirstOptions();
    await press(button(/^Send answers?$/));
    await wait(0);
    expect(kit.count('POST', MESSAGES)).toBe(1);
    expect(readsAfter(kit, lastIndex(kit, 'POST', MESSAGES))).toBeGreaterThan(0);
    await wait(60_000);
    // The same question never came back, and the answer was never sent a second time.
    expect(kit.count('POST', MESSAGES)).toBe(1);
    expect(heading()).toHaveTextContent('Review your data');
  });

  it('a lost POST /runs: recovered through the 409 that names the run; one run', async () => {
    const kit = createFlowKit();
    await seedUploaded(kit, sample('contacts-clean.csv'));
    kit.mock.injectFault({ type: 'lost-post-response' });
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(kit.requests.filter((r) => RUNS_POST.test(r.path)).map((r) => r.status)).toEqual([
      'network-error',
      409,
    ]);
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a lost approve: recovered through the 409 while the import runs; imported once', async () => {
    const kit = createFlowKit({ scenario: 'slow' });
    await seedUploaded(kit, sample('contacts-clean.csv'));
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(60_000);
    kit.mock.injectFault({ type: 'lost-post-response' });
    await press(button('Approve and import'));
    await confirm('Import now');
    await wait(120_000);
    expect(heading()).toHaveTextContent('Import complete');
    const posts = kit.requests.filter((r) => RUNS_POST.test(r.path));
    expect(posts.map((r) => [JSON.parse(r.body ?? '{}').kind, r.status])).toEqual([
      ['generate', 201],
      ['execute', 'network-error'],
      ['execute', 409],
    ]);
    const run = kit.mock.inspect().migrations[0]?.runs[0];
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
    expect(run?.status).toBe('completed');
  });

  it('a 503 on cancel (idempotent): retried, canceled once', async () => {
    const kit = createFlowKit({ scenario: 'slow' });
    await seedUploaded(kit, sample('contacts-clean.csv'));
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(3_000);
    kit.mock.injectFault({ type: '5xx', status: 503, route: 'PATCH /migrations/*/runs/*' });
    await press(button('Cancel run'));
    await confirm('Cancel run');
    await wait(10_000);
    expect(heading()).toHaveTextContent('Import canceled');
    expect(kit.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([503, 200]);
  });

  describe('imports decisions', () => {
    async function parked() {
      const kit = createFlowKit({ scenario: 'flagged-rows' });
      const companyId = await seedCompany(kit);
      const { flow } = renderImportReview(kit, companyId);
      await wait(0);
      await act(() => flow().upload([sample('contacts.csv')]));
      await act(() => flow().start());
      await wait(30_000);
      expect(flow().step).toBe('needs_attention');
      return { kit, flow };
    }
    const review = () => screen.queryByRole('region', { name: 'Some rows need your attention' });
    const apply = async () => {
      await press(button('Apply suggested fix'));
      await wait(0);
      if (screen.queryByRole('alertdialog')) await confirm(/^Apply fix/);
    };

    it('a 5xx: nothing applied, sent once, the review stays with its error', async () => {
      const { kit, flow } = await parked();
      kit.mock.injectFault({ type: '5xx', status: 500, route: 'POST /companies/*/imports/*/decisions' });
      await apply();
      await wait(5_000);
      expect(kit.count('POST', DECISIONS)).toBe(1);
      expect(flow().step).toBe('needs_attention');
      expect(review()).toHaveTextContent('The fix was not applied');
      expect(button('Apply suggested fix')).not.toHaveAttribute('aria-disabled');
    });

    it('a lost decision: the run is re-read; it landed, so that pause is not offered again', async () => {
      const { kit, flow } = await parked();
      const asked = () => JSON.stringify(flow().needsAttention?.questions.map((q) => [q.question, q.target]));
      const before = asked();
      kit.mock.injectFault({ type: 'lost-post-response', route: 'POST /companies/*/imports/*/decisions' });
      await apply();
      await wait(0);
      const reads = kit.requests
        .slice(lastIndex(kit, 'POST', DECISIONS) + 1)
        .filter((r) => r.method === 'GET' && /\/imports\/[^/]+$/.test(r.path));
      expect(reads.length).toBeGreaterThan(0);
      await wait(60_000);
      expect(kit.count('POST', DECISIONS)).toBe(1);
      // The fix was applied and the re-run paused on something else (a later rule): the old
      // pause is not offered again, and nothing claims the fix failed.
      expect(asked()).not.toBe(before);
      expect(review()).not.toHaveTextContent('The fix was not applied');
    });
  });
});
