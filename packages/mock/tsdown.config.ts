import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts', 'src/cli.ts'],
  format: 'esm',
  platform: 'neutral',
  // Only the Node entries (node.ts, cli.ts) import node: built-ins; index.ts and browser.ts stay browser-safe.
  deps: { neverBundle: [/^node:/] },
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: '../../tsconfig.base.json',
});
