import type { Appearance } from '@vernkit/ui';
import { BRANDS } from '../../packages/ui/src/stories/brands.ts';
import { DENSITIES, type KitGlobals } from './globals.ts';

/**
 * The toolbar as one `appearance`: theme, the brand's variables and rules, and density.
 * Everything goes through the public API a host uses; nothing reaches into kit CSS.
 */
export function kitAppearance(kit: Pick<KitGlobals, 'theme' | 'brand' | 'density'>): Appearance {
  const brand = BRANDS[kit.brand].appearance;
  return {
    ...brand,
    theme: kit.theme,
    variables: { ...brand.variables, density: DENSITIES[kit.density] },
  };
}
