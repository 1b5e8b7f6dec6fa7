import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const packages = path.resolve(import.meta.dirname, '../../packages');

/**
 * Workspace packages resolve from source through the `@vernkit/source` export condition (as in
 * Vitest and tsc), so `pnpm run start` needs no package build and edits hot-reload.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['@vernkit/source', 'module', 'browser', 'development|production'],
    alias: [
      // Published as `dist/styles.css`; in the workspace, the source stylesheet.
      { find: /^@vernkit\/ui\/styles\.css$/, replacement: path.join(packages, 'ui/src/styles.css') },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { sourcemap: true, chunkSizeWarningLimit: 1200 },
});
