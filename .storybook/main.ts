import path from 'node:path';
import { defineMain } from '@storybook/react-vite/node';

export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['./docs/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  typescript: {
    // Props tables need types imported across packages (`MigrationFlowProps` is the view's
    // props plus `@vernkit/react`'s options), which only the TypeScript-based docgen follows.
    // It is slower, and Vitest has no use for props tables, so tests keep the fast one.
    reactDocgen: process.env.VITEST ? 'react-docgen' : 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      include: ['packages/*/src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The kit's own props, not the hundreds every DOM element has.
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  async viteFinal(config) {
    config.resolve ??= {};
    // Workspace packages resolve to their source, like in the tests.
    config.resolve.conditions = ['@vernkit/source', 'module', 'browser', 'development|production'];
    // Stories in every package import the one preview (CSF Next) by this name.
    const alias = { '#.storybook/preview': path.join(import.meta.dirname, 'preview.tsx') };
    config.resolve.alias = Array.isArray(config.resolve.alias)
      ? [
          ...config.resolve.alias,
          ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
        ]
      : { ...config.resolve.alias, ...alias };
    return config;
  },
});
