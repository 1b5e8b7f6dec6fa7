import { kebab, type TokenKey, tokenByKey } from './tokens.ts';

/** A colour for both modes at once, compiled to `light-dark(light, dark)`. */
export interface ModeValue {
  light: string;
  dark: string;
}

export type AppearanceVariables = Partial<Record<TokenKey, string | ModeValue>>;

/** CSS declarations in camelCase (`backgroundColor`) or custom properties (`--vk-…`). */
export type AppearanceRule = Record<string, string | number>;

/**
 * `auto` follows the host (`.dark`/`[data-theme]` on an ancestor), then the OS;
 * `shadcn` and `radix-themes` read the host design system's own tokens (see presets).
 */
export type AppearanceTheme = 'auto' | 'light' | 'dark' | 'shadcn' | 'radix-themes';

/**
 * How the kit looks, modelled on Stripe Elements' Appearance API: a `theme`, then
 * `variables` (the `--vk-*` tokens in camelCase), then `rules` keyed by selectors on the
 * public styling contract (`[data-slot=…]`, `[data-state=…]`). Changes apply live.
 *
 * @example
 * <VernProvider appearance={{ theme: 'dark', variables: { colorPrimary: '#0a7' },
 *   rules: { '[data-slot=question-form]': { gap: '24px' } } }} />
 */
export interface Appearance {
  theme?: AppearanceTheme;
  variables?: AppearanceVariables;
  rules?: Record<string, AppearanceRule>;
  /** Turn off transitions and animations regardless of the OS preference. */
  disableAnimations?: boolean;
}

export interface CompiledAppearance {
  /** `data-vk-theme` on the root: which colour scheme the tokens resolve to. */
  colorScheme: 'auto' | 'light' | 'dark';
  /** Inline custom properties for the root element. */
  style: Record<string, string>;
  /** Rule declarations, already validated; scope them with `rulesToCss`. */
  rules: Array<{ selector: string; declarations: Array<[string, string]> }>;
  /** Problems in the host's appearance object, reported once in development. */
  warnings: string[];
}

// A value may not end its declaration or open a block: that would let one rule rewrite the page.
const UNSAFE_VALUE = /[;{}<>]|\/\*|\\/;
const UNSAFE_SELECTOR = /[{}<;]|\/\*|\\/;

export function compileAppearance(
  appearance: Appearance | undefined,
  presets: Partial<Record<AppearanceTheme, AppearanceVariables>> = {},
): CompiledAppearance {
  const warnings: string[] = [];
  const theme = appearance?.theme ?? 'auto';
  const colorScheme = theme === 'light' || theme === 'dark' ? theme : 'auto';
  const style: Record<string, string> = {};
  const variables = { ...presets[theme], ...appearance?.variables };
  for (const [key, raw] of Object.entries(variables)) {
    if (raw === undefined) continue;
    const token = tokenByKey.get(key);
    if (!token) {
      warnings.push(`appearance.variables.${key} is not a vernkit variable and was ignored.`);
      continue;
    }
    const value = typeof raw === 'string' ? raw : modeValue(raw);
    if (value === null || UNSAFE_VALUE.test(value)) {
      warnings.push(`appearance.variables.${key} has an invalid value and was ignored.`);
      continue;
    }
    style[token.name] = value;
  }
  if (appearance?.disableAnimations) style['--vk-duration'] = '0ms';

  const rules: CompiledAppearance['rules'] = [];
  for (const [selector, rule] of Object.entries(appearance?.rules ?? {})) {
    if (!selector.trim() || UNSAFE_SELECTOR.test(selector)) {
      warnings.push(`appearance.rules["${selector}"] is not a usable selector and was ignored.`);
      continue;
    }
    const declarations: Array<[string, string]> = [];
    for (const [prop, value] of Object.entries(rule)) {
      const text = String(value);
      if (!/^(--)?[a-zA-Z][a-zA-Z0-9-]*$/.test(prop) || UNSAFE_VALUE.test(text)) {
        warnings.push(`appearance.rules["${selector}"].${prop} was ignored (invalid property or value).`);
        continue;
      }
      declarations.push([prop.startsWith('--') ? prop : kebab(prop), text]);
    }
    if (declarations.length) rules.push({ selector, declarations });
  }
  return { colorScheme, style, rules, warnings };
}

/**
 * Rules scoped to one kit root (and its portals), unlayered so they beat the kit's own CSS.
 * `:is()` keeps a selector list like `a, b` inside the scope.
 */
export function rulesToCss(rules: CompiledAppearance['rules'], scopeId: string): string {
  const scope = `[data-vk-scope="${scopeId.replace(/[^a-zA-Z0-9_-]/g, '')}"]`;
  return rules
    .map(({ selector, declarations }) => {
      const body = declarations.map(([p, v]) => `${p}: ${v};`).join(' ');
      return `${scope}:is(${selector}), ${scope} :is(${selector}) { ${body} }`;
    })
    .join('\n');
}

function modeValue(v: ModeValue): string | null {
  if (typeof v?.light !== 'string' || typeof v?.dark !== 'string') return null;
  return `light-dark(${v.light}, ${v.dark})`;
}
