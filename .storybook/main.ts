import path from 'node:path';
import { defineMain } from '@storybook/react-vite/node';

export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['./docs/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.resolve ??= {};
    // Workspace packages resolve to their source, like in the tests.
    config.resolve.conditions = ['@vernkit/source', 'module', 'browser', 'development|production'];
    // Stories in every package import the one preview (CSF Next) by this name.
    const alias = { '#.storybook/preview': path.join(import.meta.dirname, 'preview.tsx') };
    config.resolve.alias = Array.isArray(config.resolve.alias)
      ? [...config.resolve.alias, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))]
      : { ...config.resolve.alias, ...alias };
    return config;
  },
});
