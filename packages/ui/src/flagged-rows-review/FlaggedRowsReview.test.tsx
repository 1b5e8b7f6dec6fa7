import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NeedsAttentionSchema } from '@vernkit/core';
import { needsAttentionRun, safePatch } from '../fixtures/needsAttention.ts';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { FlaggedRowsReview } from './FlaggedRowsReview.tsx';

const { needs_attention: needsAttention, report } = needsAttentionRun;

function renderReview(onDecide = vi.fn()) {
  render(
    <KitProvider>
      <FlaggedRowsReview needsAttention={needsAttention} report={report} onDecide={onDecide} />
    </KitProvider>,
  );
  return onDecide;
}

describe('FlaggedRowsReview', () => {
  it('shows the report numbers, every patch action and the three choices', async () => {
    renderReview();
    expect(screen.getByText('1,438')).toBeInTheDocument();
    expect(screen.getByText('15')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'What the fix does' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Apply suggested fix' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Let me decide' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject import' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('approves the patch as is after confirming the rows it removes', async () => {
    const user = userEvent.setup();
    const onDecide = renderReview();
    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    await user.click(screen.getByRole('button', { name: 'Apply fix and remove 3 rows' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'approve' });
    expect(await screen.findByText('Decision sent. The import is running again.')).toBeInTheDocument();
  });

  it('lets the user decide each question, with samples shown, and sends decision answers', async () => {
    const user = userEvent.setup();
    const onDecide = renderReview();
    await user.click(screen.getByRole('button', { name: 'Let me decide' }));
    expect(screen.getByRole('heading', { name: 'Decide for yourself' })).toHaveFocus();
    expect(screen.getByText('in progress')).toBeInTheDocument();
    expect(screen.getByText('12 rows affected')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Other…' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Map to Pending');
    await user.click(screen.getByRole('radio', { name: 'Keep them flagged' }));
    await user.click(screen.getByRole('button', { name: 'Apply my answers' }));
    expect(onDecide).toHaveBeenCalledWith({
      decision: 'approve',
      answers: [
        { question_id: 'fq0', custom: 'Map to Pending' },
        { question_id: 'fq1', option_id: 'b' },
      ],
    });
  });

  it('rejects only after confirmation', async () => {
    const user = userEvent.setup();
    const onDecide = renderReview();
    await user.click(screen.getByRole('button', { name: 'Reject import' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reject this import?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onDecide).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reject import' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reject import' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'reject' });
  });

  it('keeps working when a decision fails', async () => {
    const user = userEvent.setup();
    const onDecide = vi
      .fn()
      .mockRejectedValueOnce(new Error('Rate limit hit'))
      .mockResolvedValueOnce({ ok: true });
    renderReview(onDecide);
    await user.click(screen.getByRole('button', { name: 'Let me decide' }));
    await user.click(screen.getByRole('radio', { name: "Map all to 'Open'" }));
    await user.click(screen.getByRole('radio', { name: 'Keep them flagged' }));
    await user.click(screen.getByRole('button', { name: 'Apply my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Rate limit hit');
    expect(screen.getByRole('radio', { name: "Map all to 'Open'" })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back to the suggested fix' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Suggested fix' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    await user.click(screen.getByRole('button', { name: 'Apply fix and remove 3 rows' }));
    expect(onDecide).toHaveBeenLastCalledWith({ decision: 'approve' });
    expect(await screen.findByText('Decision sent. The import is running again.')).toBeInTheDocument();
  });

  it('goes straight to the questions when there is no patch, and applies a safe patch without a dialog', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    const { rerender } = render(
      <FlaggedRowsReview
        needsAttention={NeedsAttentionSchema.parse({ questions: needsAttention.questions })}
        onDecide={onDecide}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Apply suggested fix' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply my answers' })).toBeInTheDocument();
    rerender(
      <FlaggedRowsReview needsAttention={{ questions: [], proposed_patch: safePatch }} onDecide={onDecide} />,
    );
    expect(screen.queryByRole('button', { name: 'Let me decide' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'approve' });
  });
});
