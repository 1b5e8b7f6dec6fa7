import { render, screen } from '@testing-library/react';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { KitProvider } from './KitProvider.tsx';

function Cancel() {
  const t = useLabels('common', commonLabels);
  return <button type="button">{t('cancel')}</button>;
}

describe('KitProvider', () => {
  it('renders a themed kit root with the appearance variables inline', () => {
    const { container } = render(
      <KitProvider appearance={{ theme: 'dark', variables: { colorPrimary: '#0a7' } }} className="host">
        <Cancel />
      </KitProvider>,
    );
    const root = container.querySelector('[data-slot="vern-root"]') as HTMLElement;
    expect(root).toHaveClass('vk-root', 'host');
    expect(root).toHaveAttribute('data-vk-theme', 'dark');
    expect(root.style.getPropertyValue('--vk-color-primary')).toBe('#0a7');
  });

  it('applies appearance rules scoped to its root, live, and removes them on unmount', () => {
    const { container, rerender, unmount } = render(
      <KitProvider appearance={{ rules: { '[data-slot=button]': { color: 'red' } } }}>
        <Cancel />
      </KitProvider>,
    );
    const scope = container.querySelector('[data-slot="vern-root"]')?.getAttribute('data-vk-scope');
    const style = () => document.head.querySelector(`style[data-vk-appearance="${scope}"]`);
    expect(style()?.textContent).toContain('color: red;');
    rerender(
      <KitProvider appearance={{ rules: { '[data-slot=button]': { color: 'blue' } } }}>
        <Cancel />
      </KitProvider>,
    );
    expect(style()?.textContent).toContain('color: blue;');
    expect(document.head.querySelectorAll('style[data-vk-appearance]')).toHaveLength(1);
    unmount();
    expect(style()).toBeNull();
  });

  it('in unstyled mode sets no kit class or variables', () => {
    const { container } = render(
      <KitProvider unstyled appearance={{ variables: { colorPrimary: '#0a7' } }}>
        <Cancel />
      </KitProvider>,
    );
    const root = container.querySelector('[data-slot="vern-root"]') as HTMLElement;
    expect(root).not.toHaveClass('vk-root');
    expect(root).toHaveAttribute('data-vk-unstyled');
    expect(root.getAttribute('style')).toBeNull();
  });

  it('serves labels in the locale with host overrides', () => {
    const { rerender } = render(
      <KitProvider locale="de-DE">
        <Cancel />
      </KitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument();
    rerender(
      <KitProvider locale="de-DE" labels={{ common: { cancel: 'Lieber nicht' } }}>
        <Cancel />
      </KitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Lieber nicht' })).toBeInTheDocument();
  });

  it('warns once about an invalid appearance in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<KitProvider appearance={{ variables: { nope: '1' } as never }} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('appearance.variables.nope');
    warn.mockRestore();
  });
});
