import { render } from '@testing-library/react';
import { page } from 'vitest/browser';
import '../styles.css';
import { Button } from '../primitives/Button.tsx';
import { TextField } from '../primitives/TextField.tsx';
import { KitProvider } from '../provider/KitProvider.tsx';
import type { Appearance } from './appearance.ts';

function Sample({ appearance, unstyled }: { appearance?: Appearance; unstyled?: boolean }) {
  return (
    <KitProvider
      appearance={appearance}
      unstyled={unstyled}
      style={{ padding: 24, background: 'var(--vk-color-bg)' }}
    >
      <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
        <TextField
          label="Company email"
          description="We send the report here."
          placeholder="you@example.com"
        />
        <div style={{ display: 'flex', gap: 8 }}>
          <Button variant="primary">Approve</Button>
          <Button>Let me decide</Button>
          <Button variant="ghost">Skip</Button>
          <Button variant="danger">Delete</Button>
        </div>
      </div>
    </KitProvider>
  );
}

const bg = (el: Element) => getComputedStyle(el).backgroundColor;

describe('theme in Chromium', () => {
  afterEach(() => {
    document.documentElement.className = '';
    document.documentElement.removeAttribute('data-theme');
  });

  it('resolves light and dark tokens from appearance.theme', async () => {
    const light = render(<Sample appearance={{ theme: 'light' }} />);
    const primaryLight = bg(light.getByRole('button', { name: 'Approve' }));
    expect(primaryLight).toBe('rgb(79, 70, 229)');
    await page.screenshot({ path: '__screenshots__/theme-light.png' });
    light.unmount();

    const dark = render(<Sample appearance={{ theme: 'dark' }} />);
    expect(bg(dark.getByRole('button', { name: 'Approve' }))).toBe('rgb(139, 147, 255)');
    await page.screenshot({ path: '__screenshots__/theme-dark.png' });
  });

  it('follows the host .dark class and [data-theme] in auto mode, and an explicit theme beats it', () => {
    document.documentElement.classList.add('dark');
    const auto = render(<Sample />);
    expect(bg(auto.getByRole('button', { name: 'Approve' }))).toBe('rgb(139, 147, 255)');
    auto.unmount();
    const pinned = render(<Sample appearance={{ theme: 'light' }} />);
    expect(bg(pinned.getByRole('button', { name: 'Approve' }))).toBe('rgb(79, 70, 229)');
    pinned.unmount();
    document.documentElement.className = '';
    document.documentElement.setAttribute('data-theme', 'dark');
    const attr = render(<Sample />);
    expect(bg(attr.getByRole('button', { name: 'Approve' }))).toBe('rgb(139, 147, 255)');
  });

  it('lets appearance variables and unlayered host CSS win over the kit defaults', () => {
    const style = document.createElement('style');
    style.textContent = '.host-btn { background-color: rgb(1, 2, 3); }';
    document.head.appendChild(style);
    const r = render(
      <Sample
        appearance={{
          theme: 'light',
          variables: { colorPrimary: 'rgb(0, 128, 0)' },
          disableAnimations: true,
        }}
      />,
    );
    const approve = r.getByRole('button', { name: 'Approve' });
    expect(bg(approve)).toBe('rgb(0, 128, 0)');
    approve.classList.add('host-btn');
    expect(bg(approve)).toBe('rgb(1, 2, 3)');
    style.remove();
  });

  it('applies a shadcn preset from the host tokens', () => {
    document.documentElement.style.setProperty('--primary', 'rgb(200, 10, 10)');
    const r = render(<Sample appearance={{ theme: 'shadcn' }} />);
    expect(bg(r.getByRole('button', { name: 'Approve' }))).toBe('rgb(200, 10, 10)');
    document.documentElement.style.removeProperty('--primary');
  });

  it('renders no kit styles when unstyled', () => {
    const r = render(<Sample unstyled />);
    expect(bg(r.getByRole('button', { name: 'Approve' }))).not.toBe('rgb(79, 70, 229)');
  });
});
