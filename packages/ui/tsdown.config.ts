import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', 'theme/tokens': 'src/theme/tokens.ts' },
  format: 'esm',
  platform: 'neutral',
  // One output file per source module, so a host's bundler drops the components it does not
  // use (`sideEffects` lists only CSS). Bundled into one file, top-level calls (forwardRef, memo,
  // lazy, createContext, defineLabels) keep every component alive: see docs/performance.md.
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: '../../tsconfig.base.json',
  // The entry keeps its 'use client'; the per-file ones are for source consumers and the
  // bundler rightly drops them, so the warning is noise.
  checks: { moduleLevelDirective: false, bundlerTimings: false },
});
