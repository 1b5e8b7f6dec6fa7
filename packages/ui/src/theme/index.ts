export type {
  Appearance,
  AppearanceRule,
  AppearanceTheme,
  AppearanceVariables,
  CompiledAppearance,
  ModeValue,
} from './appearance.ts';
export { compileAppearance } from './appearance.ts';
export { radixThemesPreset, radixThemesVariables, shadcnPreset, shadcnVariables } from './presets/index.ts';
export { type TokenDefinition, type TokenKey, tokens } from './tokens.ts';
