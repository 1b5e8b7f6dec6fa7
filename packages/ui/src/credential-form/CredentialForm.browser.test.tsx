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

  it('keeps the caret in the secret when toggling visibility, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const r = render(
        <KitFrame theme={theme} width={560}>
          <CredentialForm request={salesforceRequest} onSubmit={() => {}} />
        </KitFrame>,
      );
      const secret = screen.getByLabelText(/^Consumer secret/, { selector: 'input' });
      await userEvent.type(secret, 'abc');
      await userEvent.click(screen.getByRole('button', { name: 'Show Consumer secret' }));
      expect(secret).toHaveAttribute('type', 'text');
      expect(secret).toHaveFocus();
      await shoot(r.container, `credential-form-${theme}`);
      r.unmount();
    }
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
