import type { Appearance, AppearanceVariables } from '../appearance.ts';

/**
 * shadcn/ui (v4) tokens mapped onto the kit: the host's `--primary`, `--border`, … drive the
 * kit, and its own `.dark` class switches both. For shadcn v3 (HSL triplets), pass
 * `variables` wrapping each in `hsl(var(--primary))` instead.
 */
export const shadcnVariables: AppearanceVariables = {
  colorBg: 'var(--background)',
  colorFg: 'var(--foreground)',
  colorSurface: 'var(--card)',
  colorMuted: 'var(--muted)',
  colorMutedFg: 'var(--muted-foreground)',
  colorBorder: 'var(--border)',
  colorPrimary: 'var(--primary)',
  colorPrimaryFg: 'var(--primary-foreground)',
  colorDanger: 'var(--destructive)',
  colorDangerFg: 'var(--primary-foreground)',
  colorFocusRing: 'var(--ring)',
  radius: 'var(--radius)',
};

/** `<VernProvider appearance={shadcnPreset}>`: the kit in the host's shadcn/ui theme. */
export const shadcnPreset: Appearance = { theme: 'shadcn' };
