/**
 * How a host's bundler sees the kit: esbuild bundles a tree-shaken entry from each package's
 * built `dist` (no `@vernkit/source` condition), minified for production, with the host's own
 * framework external. Shared by `bench/size.ts` and the size-limit budgets (`.size-limit.json`
 * points at `builds/*.ts`, one tiny module per check, since size-limit imports a config's
 * default export).
 */
import { join } from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every host already ships these; counting them would only measure React. */
export const PEERS = ['react', 'react-dom', '@tanstack/react-query'];

/** One import per measured surface: a whole layer, or one component to prove tree-shaking. */
export const ENTRIES = {
  headless: "export * from '@vernkit/core';\nexport * from '@vernkit/react';\n",
  ui: "export * from '@vernkit/ui';\n",
  'question-form': "export { QuestionForm } from '@vernkit/ui';\n",
  'report-summary': "export { ReportSummary } from '@vernkit/ui';\n",
} as const;

export type EntryId = keyof typeof ENTRIES;

/**
 * A dynamic `import()` is loaded on demand (markdown, for one), so the initial cost stops at
 * it. Left external, the chunk is neither bundled nor counted; `bench/size.ts` measures the
 * lazy chunks on their own with a code-splitting build.
 */
export const lazyChunksExternal: Plugin = {
  name: 'vernkit-lazy-chunks-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

export function sizeBuild(entry: EntryId): BuildOptions {
  return {
    stdin: { contents: ENTRIES[entry], resolveDir: ROOT, sourcefile: `${entry}.js`, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    external: PEERS,
    // What every host's production build defines; dev-only warnings must not be counted.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [lazyChunksExternal],
    outdir: join(ROOT, 'node_modules', '.cache', 'vernkit-size', entry),
    write: true,
    metafile: true,
    logLevel: 'error',
  };
}
