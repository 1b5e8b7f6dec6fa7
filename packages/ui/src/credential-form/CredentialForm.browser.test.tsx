import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { hostileRequest, salesforceRequest } from '../fixtures/credentials.ts';
import { KitFrame } from '../stories/KitFrame.tsx';
import { shoot } from '../testing/shoot.ts';
import { CredentialForm } from './CredentialForm.tsx';

describe('CredentialForm in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(900, 1300);
  });

  it('keeps focus and the caret in the secret when toggling visibility, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const r = render(
        <KitFrame theme={theme} width={560}>
          <CredentialForm request={salesforceRequest} onSubmit={() => {}} />
        </KitFrame>,
      );
      const secret = screen.getByLabelText(/^Consumer secret/, { selector: 'input' }) as HTMLInputElement;
      await userEvent.type(secret, 'abcd');
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      await userEvent.click(screen.getByRole('button', { name: 'Show Consumer secret' }));
      expect(secret).toHaveAttribute('type', 'text');
      expect(secret).toHaveFocus();
      expect([secret.selectionStart, secret.selectionEnd]).toEqual([2, 2]);
      await userEvent.keyboard('X');
      expect(secret).toHaveValue('abXcd');
      await userEvent.click(screen.getByRole('checkbox', { name: 'This is a sandbox org' }));
      await shoot(r.container, `credential-form-${theme}`);
      r.unmount();
    }
  });

  it('toggles from the keyboard without moving focus, and hides the secret again on submit', async () => {
    render(
      <KitFrame width={560}>
        <CredentialForm request={salesforceRequest} onSubmit={() => {}} />
      </KitFrame>,
    );
    const secret = screen.getByLabelText(/^Consumer secret/, { selector: 'input' });
    await userEvent.type(secret, 'cs');
    await userEvent.keyboard('{Tab}');
    const toggle = screen.getByRole('button', { name: 'Show Consumer secret' });
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(secret).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide Consumer secret' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(secret).toHaveAttribute('type', 'password');
  });

  it('keeps hostile text inside the form', async () => {
    const r = render(
      <KitFrame width={520}>
        <CredentialForm request={hostileRequest} onSubmit={() => {}} />
      </KitFrame>,
    );
    const form = screen.getByRole('form');
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
    await shoot(r.container, 'credential-form-hostile');
  });
});
