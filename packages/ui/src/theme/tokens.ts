/**
 * Every public CSS variable of the kit, with its default and what it is for. `tokens.css`
 * declares exactly these (a test keeps the two in sync); the Storybook theming guide and the
 * README tables are generated from this list.
 */
export interface TokenDefinition {
  /** The CSS custom property, e.g. `--vk-color-primary`. */
  name: `--vk-${string}`;
  /** The `appearance.variables` key that sets it, e.g. `colorPrimary`. */
  key: string;
  group: 'color' | 'shape' | 'typography' | 'spacing';
  light: string;
  /** Dark value when it differs from the light one. */
  dark?: string;
  description: string;
}

const color = (key: string, light: string, dark: string, description: string): TokenDefinition => ({
  name: `--vk-${kebab(key)}`,
  key,
  group: 'color',
  light,
  dark,
  description,
});

export const tokens: readonly TokenDefinition[] = [
  color('colorBg', '#ffffff', '#0c0c0f', 'Background of the kit root and inputs.'),
  color('colorFg', '#18181b', '#f4f4f5', 'Body text on `colorBg` and `colorSurface`.'),
  color('colorSurface', '#fafafa', '#151519', 'Raised panels: cards, dialogs, the drop zone.'),
  color('colorMuted', '#f4f4f5', '#1f1f24', 'Quiet fills: hovered rows, secondary buttons, code.'),
  color('colorMutedFg', '#5f5f69', '#a1a1aa', 'Secondary text: hints, descriptions, counts.'),
  color('colorBorder', '#e4e4e7', '#2c2c33', 'Hairlines and input borders.'),
  color('colorPrimary', '#4f46e5', '#8b93ff', 'The one accent: primary buttons, selected options, progress.'),
  color('colorPrimaryFg', '#ffffff', '#0c0c1a', 'Text and icons on `colorPrimary`.'),
  color('colorDanger', '#b42318', '#ff7b72', 'Errors, invalid cells, destructive actions.'),
  color('colorDangerFg', '#ffffff', '#1a0705', 'Text on a `colorDanger` fill.'),
  color('colorWarning', '#a35200', '#f5b94a', 'Warnings and rows that need attention.'),
  color('colorSuccess', '#187a3a', '#5ad17f', 'Completed steps and successful uploads.'),
  color('colorFocusRing', '#4f46e5', '#8b93ff', 'The keyboard focus outline.'),
  {
    name: '--vk-radius',
    key: 'radius',
    group: 'shape',
    light: '8px',
    description: 'Base corner radius; smaller and larger radii are derived from it with `calc()`.',
  },
  {
    name: '--vk-font-family',
    key: 'fontFamily',
    group: 'typography',
    light: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    description: "Font stack; the system UI font by default, `inherit` to use the host page's font.",
  },
  {
    name: '--vk-font-size',
    key: 'fontSize',
    group: 'typography',
    light: '14px',
    description: 'Base text size; headings and captions scale from it.',
  },
  {
    name: '--vk-space',
    key: 'space',
    group: 'spacing',
    light: '4px',
    description: 'Spacing unit; paddings and gaps are multiples of it.',
  },
  {
    name: '--vk-density',
    key: 'density',
    group: 'spacing',
    light: '1',
    description: 'Multiplier on vertical padding: `0.8` compact, `1` default, `1.2` roomy.',
  },
];

export type TokenKey =
  | 'colorBg'
  | 'colorFg'
  | 'colorSurface'
  | 'colorMuted'
  | 'colorMutedFg'
  | 'colorBorder'
  | 'colorPrimary'
  | 'colorPrimaryFg'
  | 'colorDanger'
  | 'colorDangerFg'
  | 'colorWarning'
  | 'colorSuccess'
  | 'colorFocusRing'
  | 'radius'
  | 'fontFamily'
  | 'fontSize'
  | 'space'
  | 'density';

export const tokenByKey: ReadonlyMap<string, TokenDefinition> = new Map(tokens.map((t) => [t.key, t]));

export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
