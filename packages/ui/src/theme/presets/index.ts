export { radixThemesPreset, radixThemesVariables } from './radixThemes.ts';
export { shadcnPreset, shadcnVariables } from './shadcn.ts';
