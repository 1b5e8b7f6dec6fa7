/**
 * Bundles `src/styles.css` and its `@import`s (each into `@layer vernkit`) into one
 * minified `dist/styles.css` with lightningcss, lowering `light-dark()` and `color-mix()`
 * for the browsers in `targets` so older engines still get working colours.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { browserslistToTargets, bundle } from 'lightningcss';

const root = path.resolve(import.meta.dirname, '..');
const targets = browserslistToTargets(['chrome 111', 'edge 111', 'firefox 113', 'safari 16.4']);

const { code, warnings } = bundle({
  filename: path.join(root, 'src/styles.css'),
  minify: true,
  targets,
});
for (const w of warnings) console.warn(`styles.css: ${w.message} (${w.loc.filename}:${w.loc.line})`);

mkdirSync(path.join(root, 'dist'), { recursive: true });
writeFileSync(path.join(root, 'dist/styles.css'), code);
console.info(`dist/styles.css: ${code.length} bytes`);
