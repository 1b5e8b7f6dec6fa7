import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  // One output file per source module: with `sideEffects: false`, a host's bundler then drops
  // every module the host does not use. A single bundled file defeats that (top-level calls such
  // as schema definitions and createContext are kept), so one hook would ship the whole package.
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: '../../tsconfig.base.json',
});
