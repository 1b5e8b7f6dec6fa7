export const BRANDS = {
  acme: {
    name: 'Acme CRM',
    short: 'Acme',
    description: 'Indigo, rounded, friendly.',
  },
  harbor: {
    name: 'Harbor CRM',
    short: 'Harbor',
    description: 'Teal and brass, square corners, serif headings, compact.',
  },
} as const;

export type BrandId = keyof typeof BRANDS;
export const BRAND_IDS = Object.keys(BRANDS) as BrandId[];

export type SchemePreference = 'system' | 'light' | 'dark';
export type Density = 'comfortable' | 'compact';

export interface ThemeSettings {
  brand: BrandId;
  scheme: SchemePreference;
  density: Density;
}

export const DEFAULT_THEME: ThemeSettings = { brand: 'acme', scheme: 'system', density: 'comfortable' };

export function readThemeSettings(raw: string | null): ThemeSettings {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<ThemeSettings>) : {};
    return {
      brand: value.brand && value.brand in BRANDS ? value.brand : DEFAULT_THEME.brand,
      scheme:
        value.scheme === 'light' || value.scheme === 'dark' || value.scheme === 'system'
          ? value.scheme
          : 'system',
      density: value.density === 'compact' ? 'compact' : 'comfortable',
    };
  } catch {
    return DEFAULT_THEME;
  }
}
