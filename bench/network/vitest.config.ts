import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The request-counting benchmark: real hooks on the real mock, under jsdom and fake timers.
 * Its own config, so `pnpm test` (the root projects) never runs it; `pnpm bench` does.
 */
export default defineConfig({
  root: join(import.meta.dirname, '..', '..'),
  plugins: [react()],
  resolve: { conditions: ['@vernkit/source', 'module', 'browser', 'development|production'] },
  test: {
    name: 'bench-network',
    environment: 'jsdom',
    include: ['bench/network/**/*.scenarios.tsx'],
    testTimeout: 600_000,
    // One scenario at a time: they share nothing, but the machine is small.
    fileParallelism: false,
  },
});
