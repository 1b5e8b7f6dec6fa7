import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { TextField } from './TextField.tsx';

describe('Button', () => {
  it('ignores clicks and stays focusable while pending', async () => {
    const onClick = vi.fn();
    const { rerender } = render(<Button onClick={onClick}>Save</Button>);
    const button = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(
      <Button onClick={onClick} pending>
        Save
      </Button>,
    );
    button.focus();
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-pending');
  });

  it('exposes variant and merges className', () => {
    render(
      <Button variant="danger" className="mine">
        Delete
      </Button>,
    );
    const b = screen.getByRole('button', { name: 'Delete' });
    expect(b).toHaveAttribute('data-variant', 'danger');
    expect(b).toHaveClass('vk-button', 'mine');
    expect(b).toHaveAttribute('type', 'button');
  });
});

describe('TextField', () => {
  it('ties the description and error to the input', async () => {
    render(<TextField label="Email" description="Work address" error="Enter an email" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAccessibleDescription('Work address Enter an email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();
  });
});

describe('ConfirmDialog', () => {
  it('starts on Cancel, closes on Escape, and confirms by name', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(
      <KitProvider>
        <ConfirmDialog
          trigger={<Button>Delete rows</Button>}
          title="Delete 12 rows?"
          description="This cannot be undone."
          confirmLabel="Delete 12 rows"
          tone="danger"
          onConfirm={onConfirm}
        />
      </KitProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete rows' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 12 rows?' });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(dialog.closest('.vk-root')).not.toBeNull();
    await expectNoAxeViolations(dialog);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete rows' }));
    await user.click(screen.getByRole('button', { name: 'Delete 12 rows' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('stays open with the error when the action fails, and sends once while pending', async () => {
    let reject: (e: Error) => void = () => {};
    const onConfirm = vi.fn(() => new Promise((_, r) => (reject = r)));
    const user = userEvent.setup();
    render(
      <ConfirmDialog
        defaultOpen
        title="Reject?"
        description="The run ends."
        confirmLabel="Reject import"
        onConfirm={onConfirm}
      />,
    );
    const confirm = screen.getByRole('button', { name: 'Reject import' });
    await user.click(confirm);
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    reject(new Error('Server said no'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Server said no');
    expect(confirm).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });
});
