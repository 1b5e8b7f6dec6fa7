import { compileAppearance, rulesToCss } from './appearance.ts';
import { presetVariables } from './presetVariables.ts';

describe('compileAppearance', () => {
  it('defaults to following the host and OS', () => {
    expect(compileAppearance(undefined)).toEqual({ colorScheme: 'auto', style: {}, rules: [], warnings: [] });
  });

  it('maps camelCase variables to --vk-* and a light/dark pair to light-dark()', () => {
    const c = compileAppearance({
      theme: 'dark',
      variables: { colorPrimary: '#0a7', radius: '4px', colorBg: { light: 'white', dark: 'black' } },
    });
    expect(c.colorScheme).toBe('dark');
    expect(c.style).toEqual({
      '--vk-color-primary': '#0a7',
      '--vk-radius': '4px',
      '--vk-color-bg': 'light-dark(white, black)',
    });
  });

  it('ignores unknown keys and values that could break out of a declaration, with a warning', () => {
    const c = compileAppearance({
      variables: { colorPrimary: 'red; } body { display: none', nope: 'x' } as never,
    });
    expect(c.style).toEqual({});
    expect(c.warnings).toHaveLength(2);
  });

  it('layers a named preset under the host variables', () => {
    const c = compileAppearance({ theme: 'shadcn', variables: { colorPrimary: 'hotpink' } }, presetVariables);
    expect(c.colorScheme).toBe('auto');
    expect(c.style['--vk-color-border']).toBe('var(--border)');
    expect(c.style['--vk-color-primary']).toBe('hotpink');
  });

  it('compiles rules to scoped, kebab-cased declarations', () => {
    const c = compileAppearance({
      rules: {
        '[data-slot=question-form]': {
          gap: '24px',
          backgroundColor: 'var(--vk-color-muted)',
          '--vk-radius': '0',
        },
        'x { }': { color: 'red' },
      },
    });
    expect(c.warnings).toHaveLength(1);
    expect(rulesToCss(c.rules, 'r1')).toBe(
      '[data-vk-scope="r1"]:is([data-slot=question-form]), [data-vk-scope="r1"] :is([data-slot=question-form]) ' +
        '{ gap: 24px; background-color: var(--vk-color-muted); --vk-radius: 0; }',
    );
  });

  it('turns animations off on request', () => {
    expect(compileAppearance({ disableAnimations: true }).style['--vk-duration']).toBe('0ms');
  });
});
