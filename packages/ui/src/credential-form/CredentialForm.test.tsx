import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostileRequest, minimalRequest, salesforceRequest } from '../fixtures/credentials.ts';
import { hostile } from '../fixtures/hostile.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { CredentialForm } from './CredentialForm.tsx';

describe('CredentialForm', () => {
  it('renders the source, reason, guidance and a field per schema entry', async () => {
    render(<CredentialForm request={salesforceRequest} onSubmit={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Connect Salesforce' })).toBeInTheDocument();
    expect(screen.getByText('I need API access to read your contacts.')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Steps' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    const link = screen.getByRole('link', { name: /Salesforce docs/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByLabelText(/^Consumer key/, { selector: 'input' })).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText(/^Consumer secret/, { selector: 'input' })).toHaveAttribute(
      'type',
      'password',
    );
    expect(screen.getByRole('checkbox', { name: 'This is a sandbox org' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('shows and hides a secret with a named toggle', async () => {
    const user = userEvent.setup();
    render(<CredentialForm request={minimalRequest} onSubmit={vi.fn()} />);
    const input = screen.getByLabelText(/^Api key/, { selector: 'input' });
    await user.type(input, 'pat-123');
    await user.click(screen.getByRole('button', { name: 'Show Api key' }));
    expect(input).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide Api key' }));
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue('pat-123');
  });

  it('hides a shown secret again once the form is sent and cleared', async () => {
    const user = userEvent.setup();
    render(<CredentialForm request={minimalRequest} onSubmit={() => Promise.resolve()} />);
    const input = screen.getByLabelText(/^Api key/, { selector: 'input' });
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    await user.type(input, 'pat-123');
    await user.click(screen.getByRole('button', { name: 'Show Api key' }));
    expect(input).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByText('Credentials sent. The assistant is continuing.');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Show Api key' })).toBeInTheDocument();
  });

  it('sends an unticked checkbox as false and clears a ticked one after sending', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(<CredentialForm request={salesforceRequest} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(/^Consumer key/, { selector: 'input' }), 'ck');
    await user.type(screen.getByLabelText(/^Consumer secret/, { selector: 'input' }), 'cs');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      { client_id: 'ck', client_secret: 'cs', sandbox: false },
      expect.anything(),
    );
    await screen.findByText('Credentials sent. The assistant is continuing.');
    const sandbox = screen.getByRole('checkbox', { name: 'This is a sandbox org' });
    await user.click(sandbox);
    expect(sandbox).toBeChecked();
    // form.reset() emptied the inputs behind user-event's back: clear its idea of them first.
    for (const label of [/^Consumer key/, /^Consumer secret/]) {
      const input = screen.getByLabelText(label, { selector: 'input' });
      expect(input).toHaveValue('');
      await user.clear(input);
      await user.type(input, 'x');
    }
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      { client_id: 'x', client_secret: 'x', sandbox: true },
      expect.anything(),
    );
    await vi.waitFor(() => expect(sandbox).not.toBeChecked());
  });

  it('validates, focuses the first missing field, then sends typed values with the connection guard', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<CredentialForm request={salesforceRequest} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const key = screen.getByLabelText(/^Consumer key/, { selector: 'input' });
    expect(key).toHaveFocus();
    expect(key).toHaveAccessibleDescription('Enter Consumer key.');
    await user.type(key, 'ck');
    await user.type(screen.getByLabelText(/^Consumer secret/, { selector: 'input' }), 'cs');
    await user.type(screen.getByLabelText(/^Api version/, { selector: 'input' }), '59');
    await user.click(screen.getByRole('checkbox', { name: 'This is a sandbox org' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { client_id: 'ck', client_secret: 'cs', api_version: 59, sandbox: true },
      { connectionId: '9b1f2c3d-0000-4000-8000-000000000001' },
    );
  });

  it('clears the inputs after a successful submit', async () => {
    const user = userEvent.setup();
    render(<CredentialForm request={minimalRequest} onSubmit={() => Promise.resolve()} />);
    const input = screen.getByLabelText(/^Api key/, { selector: 'input' });
    await user.type(input, 'pat-123');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Credentials sent. The assistant is continuing.')).toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('keeps the values and shows the error when sending fails, also for a resolved { ok: false }', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: new Error('Connection does not match the run') })
      .mockRejectedValueOnce(new Error('Rate limited'));
    render(<CredentialForm request={minimalRequest} onSubmit={onSubmit} />);
    const input = screen.getByLabelText(/^Api key/, { selector: 'input' });
    await user.type(input, 'pat-123');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Connection does not match the run');
    expect(input).toHaveValue('pat-123');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Rate limited')).toBeInTheDocument();
    expect(input).toHaveValue('pat-123');
  });

  it('never puts the secret into the DOM outside its input, nor into console output', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const user = userEvent.setup();
    const { container } = render(
      <CredentialForm request={minimalRequest} onSubmit={() => Promise.reject(new Error('no'))} />,
    );
    await user.type(screen.getByLabelText(/^Api key/, { selector: 'input' }), 'TOP-SECRET-VALUE');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('alert');
    expect(container.innerHTML).not.toContain('TOP-SECRET-VALUE');
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain('TOP-SECRET-VALUE');
      spy.mockRestore();
    }
  });

  it('shows hostile guidance as text and follows only http(s) links', () => {
    const { container } = render(<CredentialForm request={hostileRequest} onSubmit={vi.fn()} />);
    expect(container.querySelector('img, script')).toBeNull();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/help');
    expect(screen.getByText('Evil link')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `Connect ${hostile.html}` })).toBeInTheDocument();
  });
});
