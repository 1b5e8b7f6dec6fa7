import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from '@vernkit/mock';
import type { GlobalTypes } from 'storybook/internal/types';
import { BRAND_IDS, BRANDS, type BrandId, isBrandId } from '../../packages/ui/src/stories/brands.ts';

export const DENSITIES = { compact: '0.8', default: '1', comfortable: '1.2' } as const;
export type Density = keyof typeof DENSITIES;
export const LOCALES = { en: 'English', de: 'Deutsch' } as const;
export type Locale = keyof typeof LOCALES;
export type Theme = 'light' | 'dark';

/** The toolbar's state, read defensively: globals come from the URL (`&globals=theme:dark`). */
export interface KitGlobals {
  theme: Theme;
  brand: BrandId;
  locale: Locale;
  density: Density;
  scenario: ScenarioName;
}

export const initialGlobals: KitGlobals = {
  theme: 'light',
  brand: 'vernkit',
  locale: 'en',
  density: 'default',
  scenario: 'happy',
};

export const globalTypes: GlobalTypes = {
  theme: {
    description: 'Colour scheme of the kit (appearance.theme)',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  brand: {
    description: 'A host brand, applied through appearance.variables and rules',
    toolbar: {
      title: 'Brand',
      icon: 'paintbrush',
      items: BRAND_IDS.map((id) => ({ value: id, title: BRANDS[id].title })),
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale of labels, numbers and dates (VernProvider locale)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: Object.entries(LOCALES).map(([value, title]) => ({ value, title })),
      dynamicTitle: true,
    },
  },
  density: {
    description: 'Vertical rhythm (appearance.variables.density)',
    toolbar: {
      title: 'Density',
      icon: 'grow',
      items: Object.entries(DENSITIES).map(([value, factor]) => ({
        value,
        title: `${value[0]?.toUpperCase()}${value.slice(1)}`,
        right: `×${factor}`,
      })),
      dynamicTitle: true,
    },
  },
  scenario: {
    description: 'What the simulated Vern does in live stories (@vernkit/mock scenario)',
    toolbar: {
      title: 'Scenario',
      icon: 'beaker',
      items: SCENARIO_NAMES.map((name) => ({ value: name, title: SCENARIOS[name].title, right: name })),
      dynamicTitle: true,
    },
  },
};

export function readKitGlobals(globals: Record<string, unknown> | undefined): KitGlobals {
  const g = globals ?? {};
  return {
    theme: g.theme === 'dark' ? 'dark' : 'light',
    brand: isBrandId(g.brand) ? g.brand : initialGlobals.brand,
    locale:
      typeof g.locale === 'string' && g.locale in LOCALES ? (g.locale as Locale) : initialGlobals.locale,
    density: typeof g.density === 'string' && g.density in DENSITIES ? (g.density as Density) : 'default',
    scenario: (SCENARIO_NAMES as readonly unknown[]).includes(g.scenario)
      ? (g.scenario as ScenarioName)
      : initialGlobals.scenario,
  };
}
