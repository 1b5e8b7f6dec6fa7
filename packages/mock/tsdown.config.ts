import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ["src/index.ts","src/node.ts","src/browser.ts","src/cli.ts"],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: '../../tsconfig.base.json',
});
