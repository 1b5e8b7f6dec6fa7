import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The rendering benchmark's page, built for production from the packages' `dist` (no
 * `@vernkit/source` condition): what a host ships, not the dev build.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: join(ROOT, 'node_modules', '.cache', 'vernkit-render'),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
