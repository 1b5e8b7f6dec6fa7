import type { Appearance } from '../theme/appearance.ts';

export const BRAND_IDS = ['vernkit', 'acme', 'northwind'] as const;
export type BrandId = (typeof BRAND_IDS)[number];

export interface Brand {
  title: string;
  description: string;
  /** What a host with this look passes to `<VernProvider appearance>` (the theme comes from the toolbar). */
  appearance: Omit<Appearance, 'theme'>;
}

/**
 * Two made-up host products, themed only through the public `appearance` API, so every story
 * shows what a host can reach without touching the kit's CSS. Colour pairs keep WCAG AA
 * contrast in both modes (axe checks every story).
 */
export const BRANDS: Record<BrandId, Brand> = {
  vernkit: {
    title: 'vernkit defaults',
    description: 'No appearance: the kit as it ships.',
    appearance: {},
  },
  acme: {
    title: 'Acme (indigo, rounded)',
    description: 'A friendly CRM: indigo accent, soft round corners, a slightly larger type scale.',
    appearance: {
      variables: {
        colorPrimary: { light: '#4338ca', dark: '#a5b4fc' },
        colorPrimaryFg: { light: '#ffffff', dark: '#1e1b4b' },
        colorFocusRing: { light: '#6366f1', dark: '#c7d2fe' },
        colorSurface: { light: '#f8f8ff', dark: '#14142b' },
        colorMuted: { light: '#f0f0fa', dark: '#1d1d3a' },
        colorBg: { light: '#ffffff', dark: '#0e0e1f' },
        colorBorder: { light: '#e0e0f5', dark: '#2d2d52' },
        radius: '14px',
        fontSize: '15px',
      },
      rules: {
        '[data-slot=button]': { fontWeight: 600 },
      },
    },
  },
  northwind: {
    title: 'Northwind (green, square)',
    description: 'A logistics back office: forest green, square corners, a serif face and tight spacing.',
    appearance: {
      variables: {
        colorPrimary: { light: '#166534', dark: '#4ade80' },
        colorPrimaryFg: { light: '#ffffff', dark: '#052e16' },
        colorFocusRing: { light: '#15803d', dark: '#86efac' },
        colorSurface: { light: '#f6f8f4', dark: '#111a13' },
        colorMuted: { light: '#eef2ea', dark: '#18241b' },
        colorBg: { light: '#fdfefb', dark: '#0a100b' },
        colorBorder: { light: '#d7dfd2', dark: '#26352a' },
        radius: '0px',
        fontFamily: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
        space: '3.5px',
      },
    },
  },
};

export function isBrandId(value: unknown): value is BrandId {
  return typeof value === 'string' && (BRAND_IDS as readonly string[]).includes(value);
}
