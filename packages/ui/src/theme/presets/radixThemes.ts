import type { Appearance, AppearanceVariables } from '../appearance.ts';

/**
 * Radix Themes tokens mapped onto the kit: the accent scale, gray scale and semantic
 * colours of the nearest `.radix-themes` ancestor (which also switches light/dark).
 */
export const radixThemesVariables: AppearanceVariables = {
  colorBg: 'var(--color-background)',
  colorFg: 'var(--gray-12)',
  colorSurface: 'var(--color-panel-solid)',
  colorMuted: 'var(--gray-3)',
  colorMutedFg: 'var(--gray-11)',
  colorBorder: 'var(--gray-a6)',
  colorPrimary: 'var(--accent-9)',
  colorPrimaryFg: 'var(--accent-contrast)',
  colorDanger: 'var(--red-9)',
  colorDangerFg: 'var(--red-contrast, white)',
  colorWarning: 'var(--amber-11)',
  colorSuccess: 'var(--green-11)',
  colorFocusRing: 'var(--focus-8)',
  radius: 'var(--radius-3)',
  fontFamily: 'var(--default-font-family)',
};

/** `<VernProvider appearance={radixThemesPreset}>`: the kit inside a Radix Themes `<Theme>`. */
export const radixThemesPreset: Appearance = { theme: 'radix-themes' };
