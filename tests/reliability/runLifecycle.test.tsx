import { act, screen } from '@testing-library/react';
import { createFlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { renderImportReview, seedCompany } from './support/importReview.tsx';
import { button, chooseFirstOptions, confirm, heading, press, wait, withViewport } from './support/screen.ts';

/** The suggested fix, confirming the row removals it asks about. */
async function applySuggestedFix() {
  await press(button('Apply suggested fix'));
  await wait(0);
  if (screen.queryByRole('alertdialog')) await confirm(/^Apply fix and remove/);
}

const RUN_GET = /^\/migrations\/[^/]+\/runs\/[^/]+$/;
const MESSAGES = /\/messages$/;

describe('run lifecycle', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a stale run swept to failed as "Import timed out", and offers to try again', async () => {
    const kit = createFlowKit({ scenario: 'stale' });
    await seedUploaded(kit);
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(5_000);
    expect(heading()).toHaveTextContent('Mapping your data');
    // The engine hung: nothing moves until the sweep.
    await wait(60_000);
    expect(heading()).toHaveTextContent('The run did not finish');
    expect(screen.getAllByText('Import timed out').length).toBeGreaterThan(0);
    expect(button('Try again')).not.toHaveAttribute('aria-disabled');
    // Settled: no more polling of a dead run.
    const polls = kit.count('GET', RUN_GET);
    await wait(120_000);
    expect(kit.count('GET', RUN_GET)).toBe(polls);
    expect(kit.count('POST', /\/runs$/)).toBe(1);
  });

  it('cancels a run mid-way after confirmation: one PATCH, canceled on the server, polling over', async () => {
    const kit = createFlowKit({ scenario: 'slow' });
    const migrationId = await seedUploaded(kit);
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(3_000);
    expect(heading()).toHaveTextContent('Mapping your data');
    await press(button('Cancel run'));
    await confirm('Cancel run');
    await wait(1_000);
    expect(heading()).toHaveTextContent('Import canceled');
    expect(kit.count('PATCH', RUN_GET)).toBe(1);
    const run = kit.mock.inspect().migrations.find((m) => m.id === migrationId)?.runs[0];
    expect(run?.status).toBe('canceled');
    // One last read when the thread stream ends is fine; a poll timer is not.
    await wait(10_000);
    const polls = kit.count('GET', RUN_GET);
    await wait(120_000);
    expect(kit.count('GET', RUN_GET)).toBe(polls);
  });

  it('follows a run that blocks twice: two question forms, one run, then the preview', async () => {
    const kit = createFlowKit({ scenario: 'two-questions' });
    await seedUploaded(kit, sample('contacts.csv'));
    kit.renderFlow();
    await wait(0);
    await press(button('Start mapping'));
    await wait(30_000);

    const asked: string[] = [];
    for (let block = 0; block < 6 && heading().textContent === 'The agent has a question'; block++) {
      const form = screen.getByRole('form', { name: 'The assistant needs your input' });
      asked.push(form.textContent ?? '');
      await chooseFirstOptions();
      await press(button(/^Send answers?$/));
      await wait(30_000);
    }
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(asked).size).toBe(asked.length);
    expect(heading()).toHaveTextContent('Review your data');
    expect(kit.count('POST', MESSAGES)).toBe(asked.length);
    expect(kit.count('POST', /\/runs$/)).toBe(1);
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('shows an approve that re-parks at needs_attention as a fresh review, then completes', async () => {
    const kit = createFlowKit({ scenario: 'repark' });
    const companyId = await seedCompany(kit);
    const { flow } = renderImportReview(kit, companyId);
    await wait(0);
    await act(() => flow().upload([sample('contacts.csv')]));
    await act(() => flow().start());
    await wait(30_000);
    expect(screen.getByRole('region', { name: 'Some rows need your attention' })).toBeInTheDocument();
    const asked = () => JSON.stringify(flow().needsAttention?.questions.map((q) => [q.question, q.target]));
    const firstQuestions = asked();

    await applySuggestedFix();
    await wait(30_000);
    // Parked again, with fresh questions: the review is shown anew, not as "sent".
    expect(flow().step).toBe('needs_attention');
    expect(asked()).not.toBe(firstQuestions);
    expect(screen.queryByText('Decision sent. The import is running again.')).toBeNull();
    expect(button('Apply suggested fix')).not.toHaveAttribute('aria-disabled');

    await applySuggestedFix();
    await wait(30_000);
    expect(flow().step).toBe('completed');
    expect(kit.count('POST', /\/decisions$/)).toBe(2);
    expect(kit.count('POST', /\/imports$/)).toBe(1);
  });
});
