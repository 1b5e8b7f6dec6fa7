import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostile } from '../fixtures/hostile.ts';
import {
  everyActionPatch,
  hostilePatch,
  patchOf,
  questionsOf,
  safePatch,
  sheetNames,
} from '../fixtures/needsAttention.ts';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { ApplyFixButton } from './ApplyFixButton.tsx';
import { ProposedPatch } from './ProposedPatch.tsx';

const strip = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

describe('ProposedPatch', () => {
  it('lists every action with its column and effect, destructive ones marked', async () => {
    render(<ProposedPatch patch={everyActionPatch} questions={questionsOf} sheetNames={sheetNames} />);
    const items = within(screen.getByRole('list', { name: 'What the fix does' })).getAllByRole('listitem');
    expect(items.map((li) => strip(li.querySelector('.vk-patch__effect')?.textContent ?? null))).toEqual([
      'Set flagged Status cells to “Open”',
      'Clear flagged Phone cells',
      'Remove rows whose Email is invalid',
      'Remove duplicate rows by Email, keeping the first of each',
      'Keep rows with an invalid Notes as they are (they stay flagged)',
      'Apply “normalize_case” to Region',
    ]);
    expect(items[0]).toHaveTextContent('12 rows');
    expect(items[2]).toHaveAttribute('data-destructive');
    expect(within(items[2] as HTMLElement).getByText('Removes 3 rows')).toBeInTheDocument();
    expect(items[3]).toHaveAttribute('data-destructive');
    expect(items[4]).not.toHaveAttribute('data-destructive');
    expect(strip(items[0]?.textContent ?? null)).toContain('in Contacts');
    await expectNoAxeViolations();
  });

  it('shows hostile values as isolated text', () => {
    const { container } = render(<ProposedPatch patch={hostilePatch} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(hostile.html)).toBeInTheDocument();
    const effects = [...container.querySelectorAll('.vk-patch__effect')].map((e) => e.textContent ?? '');
    expect(effects[0]).toContain('[U+202E]');
    expect(effects[0]).toContain('\u2068=HYPERLINK(');
  });
});

describe('ApplyFixButton', () => {
  it('applies a safe patch at once', async () => {
    const onApply = vi.fn();
    render(<ApplyFixButton patch={safePatch} onApply={onApply} />);
    await userEvent.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('confirms a destructive patch, naming the rows it removes, and Escape cancels', async () => {
    const onApply = vi.fn();
    const user = userEvent.setup();
    render(
      <KitProvider>
        <ApplyFixButton patch={patchOf} questions={questionsOf} onApply={onApply} />
      </KitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Apply the fix and remove rows?' });
    expect(strip(within(dialog).getByRole('listitem').textContent)).toContain(
      'Remove rows whose Email is invalid3 rows',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations(dialog);
    await user.keyboard('{Escape}');
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply suggested fix' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    await user.click(screen.getByRole('button', { name: 'Apply fix and remove 3 rows' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('says "remove rows" when a count is unknown and keeps the dialog with the error on failure', async () => {
    const onApply = vi.fn(() => Promise.resolve({ ok: false, error: new Error('Run is no longer waiting') }));
    const user = userEvent.setup();
    render(<ApplyFixButton patch={everyActionPatch} onApply={onApply} />);
    await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
    await user.click(screen.getByRole('button', { name: 'Apply fix and remove rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Run is no longer waiting');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });
});
