import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportRunSchema, RunSchema } from '@vernkit/core';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { formatElapsed } from './formatElapsed.ts';
import { RunProgress } from './RunProgress.tsx';

const run = (raw: Record<string, unknown>) => RunSchema.parse({ run_id: 'r1', ...raw });
const withKit = (ui: React.ReactElement, locale?: string) => <KitProvider locale={locale}>{ui}</KitProvider>;

describe('RunProgress', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the status as a badge with data-status and the progress message', () => {
    render(withKit(<RunProgress run={run({ status: 'running', progress_message: 'Cleaning your data' })} />));
    const badge = screen.getByText('Working').closest('[data-slot="run-progress-status"]');
    expect(badge).toHaveAttribute('data-status', 'running');
    expect(screen.getByText('Cleaning your data')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute(
      'data-state',
      'indeterminate',
    );
  });

  it('ticks the elapsed time once a second while the run is active, and stops when it settles', () => {
    vi.useFakeTimers({ now: new Date('2026-06-19T15:32:11.000Z') });
    const started = '2026-06-19T15:31:00.000Z';
    const { rerender, container } = render(
      withKit(<RunProgress run={run({ status: 'running', created_at: started })} />),
    );
    const time = () => container.querySelector('time');
    expect(time()).toHaveTextContent('1 min, 11 sec');
    expect(time()).toHaveAttribute('dateTime', 'PT1M11S');
    act(() => vi.advanceTimersByTime(3000));
    expect(time()).toHaveTextContent('1 min, 14 sec');
    rerender(withKit(<RunProgress run={run({ status: 'awaiting_approval', created_at: started })} />));
    act(() => vi.advanceTimersByTime(10_000));
    expect(time()).toHaveTextContent('1 min, 14 sec');
  });

  it('does not show a clock for a run that was already settled when it appeared', () => {
    const { container } = render(
      withKit(<RunProgress run={run({ status: 'completed', created_at: '2020-01-01T00:00:00Z' })} />),
    );
    expect(container.querySelector('time')).toBeNull();
    expect(screen.getByRole('progressbar')).toHaveAttribute('data-state', 'complete');
  });

  it('counts from the first render when the run has no created_at', () => {
    vi.useFakeTimers({ now: 0 });
    const { container } = render(withKit(<RunProgress run={run({ status: 'queued' })} />));
    act(() => vi.advanceTimersByTime(5000));
    expect(container.querySelector('time')).toHaveTextContent('5 sec');
  });

  it('announces status changes politely, not the status it opened on', () => {
    const { rerender } = render(withKit(<RunProgress run={run({ status: 'running' })} />));
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('');
    rerender(
      withKit(<RunProgress run={run({ status: 'blocked', blocked_reason: 'question', questions: [] })} />),
    );
    expect(live).toHaveTextContent('Run status: Waiting for you. The agent has a question for you.');
  });

  it('shows the raw status of an unknown one', () => {
    render(withKit(<RunProgress run={run({ status: 'thinking_hard' })} />));
    expect(screen.getByText('Status: thinking_hard')).toBeInTheDocument();
    expect(screen.getByText(/does not know yet/)).toBeInTheDocument();
  });

  it('shows the error of a failed run as its message, and a generic one without', () => {
    const { rerender } = render(
      withKit(<RunProgress run={run({ status: 'failed', error: 'Import timed out' })} />),
    );
    expect(screen.getByText('Import timed out')).toHaveAttribute('data-slot', 'run-progress-message');
    expect(screen.getByText('Failed').closest('[data-status]')).toHaveAttribute('data-status', 'failed');
    expect(screen.queryByRole('progressbar')).toBeNull();
    rerender(withKit(<RunProgress run={run({ status: 'failed' })} />));
    expect(screen.getByText('The run stopped before it finished. Nothing was imported.')).toBeInTheDocument();
  });

  it('shows bidi controls in the run’s own text as visible markers', () => {
    render(withKit(<RunProgress run={run({ status: 'failed', error: 'Bad file invoice\u202Efdp.exe' })} />));
    const message = screen.getByText(/Bad file invoice/);
    expect(message).toHaveTextContent('Bad file invoice[U+202E]fdp.exe');
    expect(message.textContent).not.toContain('\u202E');
  });

  it('names every status of both API generations', () => {
    const labels: Array<[Record<string, unknown>, string]> = [
      [{ status: 'queued' }, 'Queued'],
      [{ status: 'running' }, 'Working'],
      [{ status: 'blocked', blocked_reason: 'credentials' }, 'Waiting for you'],
      [{ status: 'awaiting_approval' }, 'Preview ready'],
      [{ status: 'completed' }, 'Completed'],
      [{ status: 'failed' }, 'Failed'],
      [{ status: 'canceled' }, 'Canceled'],
    ];
    for (const [raw, label] of labels) {
      const { unmount } = render(withKit(<RunProgress run={run(raw)} />));
      expect(screen.getByText(label)).toBeInTheDocument();
      unmount();
    }
    render(
      withKit(
        <RunProgress
          run={ImportRunSchema.parse({ status: 'needs_attention', needs_attention: { questions: [] } })}
        />,
      ),
    );
    expect(screen.getByText('Needs your review')).toBeInTheDocument();
    expect(screen.getByText('Some rows need your decision.')).toBeInTheDocument();
  });

  it('cancels only after confirmation and shows a failed cancel in the dialog', async () => {
    const onCancel = vi
      .fn()
      .mockRejectedValueOnce(new Error('Run already finished'))
      .mockResolvedValueOnce(undefined);
    render(withKit(<RunProgress run={run({ status: 'running' })} onCancel={onCancel} />));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this run?' });
    expect(onCancel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep running' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onCancel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    const confirm = within(await screen.findByRole('alertdialog')).getByRole('button', {
      name: 'Cancel run',
    });
    await userEvent.click(confirm);
    expect(await screen.findByText('Run already finished')).toBeInTheDocument();
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('offers cancel only while the run can still be canceled', () => {
    const { rerender } = render(
      withKit(<RunProgress run={run({ status: 'completed' })} onCancel={() => {}} />),
    );
    expect(screen.queryByRole('button', { name: 'Cancel run' })).toBeNull();
    rerender(withKit(<RunProgress run={run({ status: 'blocked' })} onCancel={() => {}} />));
    expect(screen.getByRole('button', { name: 'Cancel run' })).toBeInTheDocument();
  });

  it('shows determinate progress when the host knows it', () => {
    render(withKit(<RunProgress run={run({ status: 'running' })} progress={0.42} />));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
  });

  it('speaks German', () => {
    render(withKit(<RunProgress run={run({ status: 'running' })} onCancel={() => {}} />, 'de'));
    expect(screen.getByText('In Arbeit')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lauf abbrechen' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      withKit(
        <>
          <RunProgress run={run({ status: 'running', message: 'Reading your files' })} onCancel={() => {}} />
          <RunProgress run={run({ status: 'failed', error: 'Boom' })} />
          <RunProgress run={run({ status: 'completed' })} />
        </>,
      ),
    );
    await expectNoAxeViolations(container);
  });
});

describe('formatElapsed', () => {
  it('formats with Intl units, dropping zero units and seconds past an hour', () => {
    expect(formatElapsed(0, 'en')).toBe('0 sec');
    expect(formatElapsed(60_000, 'en')).toBe('1 min');
    expect(formatElapsed(3_725_000, 'en')).toBe('1 hr, 2 min');
    expect(formatElapsed(83_000, 'de')).toBe('1 Min., 23 Sek.');
  });

  it('uses Intl.DurationFormat when the runtime has it', () => {
    const format = vi.fn(() => 'formatted');
    const ctor = vi.fn(function fakeDurationFormat() {
      return { format };
    });
    vi.stubGlobal('Intl', { ...Intl, DurationFormat: ctor });
    try {
      expect(formatElapsed(83_000, 'fr')).toBe('formatted');
      expect(ctor).toHaveBeenCalledWith('fr', { style: 'short' });
      expect(format).toHaveBeenCalledWith({ minutes: 1, seconds: 23 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
