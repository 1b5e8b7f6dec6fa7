import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clarifyAnswer, threadBefore } from '../fixtures/thread.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { RefineBox } from './RefineBox.tsx';

describe('RefineBox', () => {
  it('sends an update instruction by default', async () => {
    const onRefine = vi.fn();
    const user = userEvent.setup();
    render(<RefineBox events={threadBefore} onRefine={onRefine} />);
    await user.type(screen.getByRole('textbox', { name: 'What should change?' }), 'Split Full name');
    await user.click(screen.getByRole('button', { name: 'Apply change' }));
    expect(onRefine).toHaveBeenCalledWith('update', 'Split Full name');
    await expectNoAxeViolations();
  });

  it('asks a clarify question and shows the answer from the thread, with only safe links', async () => {
    const onRefine = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<RefineBox events={threadBefore} onRefine={onRefine} />);
    await user.click(screen.getByRole('radio', { name: 'Ask a question' }));
    await user.type(screen.getByRole('textbox', { name: 'Your question' }), 'Why are 12 rows flagged?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(onRefine).toHaveBeenCalledWith('clarify', 'Why are 12 rows flagged?');
    const history = screen.getByRole('list', { name: 'Your requests and the assistant’s answers' });
    expect(within(history).getByText('Why are 12 rows flagged?')).toBeInTheDocument();
    expect(within(history).getByText('Waiting for the assistant…')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your question' })).toHaveValue('');

    rerender(<RefineBox events={[...threadBefore, ...clarifyAnswer]} onRefine={onRefine} />);
    // The first answer loads react-markdown lazily; a cold import can take a moment.
    expect(await within(history).findByText('in progress', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(within(history).queryByText(/I mapped/)).toBeNull();
    const links = within(history).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/status');
  });

  it('keeps the text and shows the error when sending fails, and sends once while pending', async () => {
    let reject: (e: Error) => void = () => {};
    const onRefine = vi.fn(() => new Promise((_, r) => (reject = r)));
    const user = userEvent.setup();
    render(<RefineBox onRefine={onRefine} />);
    const input = screen.getByRole('textbox', { name: 'What should change?' });
    await user.type(input, 'Drop the Fax column');
    await user.dblClick(screen.getByRole('button', { name: 'Apply change' }));
    expect(onRefine).toHaveBeenCalledTimes(1);
    reject(new Error('A run is already in progress'));
    expect(await screen.findByRole('alert')).toHaveTextContent('A run is already in progress');
    expect(input).toHaveValue('Drop the Fax column');
  });

  it('asks for text before sending', async () => {
    const onRefine = vi.fn();
    const user = userEvent.setup();
    render(<RefineBox onRefine={onRefine} />);
    await user.click(screen.getByRole('button', { name: 'Apply change' }));
    expect(onRefine).not.toHaveBeenCalled();
    const input = screen.getByRole('textbox', { name: 'What should change?' });
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription('Type a message first.');
  });

  it('sends with Ctrl+Enter', async () => {
    const onRefine = vi.fn();
    const user = userEvent.setup();
    render(<RefineBox onRefine={onRefine} />);
    await user.type(
      screen.getByRole('textbox', { name: 'What should change?' }),
      'Rename Org to Company{Control>}{Enter}{/Control}',
    );
    expect(onRefine).toHaveBeenCalledWith('update', 'Rename Org to Company');
  });
});
