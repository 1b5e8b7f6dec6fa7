import type { AppearanceTheme, AppearanceVariables } from './appearance.ts';
import { radixThemesVariables } from './presets/radixThemes.ts';
import { shadcnVariables } from './presets/shadcn.ts';

/** The variables each named `appearance.theme` brings, before the host's own `variables`. */
export const presetVariables: Partial<Record<AppearanceTheme, AppearanceVariables>> = {
  shadcn: shadcnVariables,
  'radix-themes': radixThemesVariables,
};
