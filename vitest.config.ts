import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { browser } from './browser.shared.ts';

const conditions = ['@vernkit/source', 'module', 'browser', 'development|production'];
const resolve = { conditions };
// Node tests resolve like Node: with `browser`, packages such as msw/node (@mswjs/interceptors) load their browser stubs.
const nodeConditions = [...conditions.filter((c) => c !== 'browser'), 'node'];
const exclude = ['**/node_modules/**', '**/dist/**', '**/e2e/**', 'storybook-static/**'];

/**
 * File names pick the environment:
 * - `*.test.ts`          Node (core, mock, server, pure logic)
 * - `*.test.tsx`         jsdom (hooks and component behaviour)
 * - `*.browser.test.tsx` real Chromium (layout, focus, scrolling, SSE, downloads)
 * - `*.stories.tsx`      every story rendered and played in Chromium
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions } },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/server/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [...exclude, '**/*.browser.test.*'],
          globals: true,
        },
      },
      {
        plugins: [react()],
        resolve,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx', 'apps/*/src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          exclude: [...exclude, '**/*.browser.test.*'],
          setupFiles: ['./vitest.setup.dom.ts'],
          globals: true,
        },
      },
      {
        plugins: [react()],
        resolve,
        optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime'] },
        test: {
          name: 'browser',
          include: [
            'packages/*/src/**/*.browser.test.tsx',
            'apps/*/src/**/*.browser.test.tsx',
            'tests/**/*.browser.test.tsx',
          ],
          exclude,
          browser: browser(),
          globals: true,
        },
      },
      {
        plugins: [storybookTest({ configDir: path.join(import.meta.dirname, '.storybook') })],
        resolve,
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
