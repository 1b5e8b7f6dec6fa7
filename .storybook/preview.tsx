import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import { definePreview } from '@storybook/react-vite';
import addonMsw from 'msw-storybook-addon';
import { globalTypes, initialGlobals } from './kit/globals.ts';
import { startLiveMock } from './kit/liveMock.ts';
import { startMswWorker } from './kit/mswWorker.ts';
import { withVernKit } from './kit/withVernKit.tsx';

/**
 * One preview for every package's stories. The toolbar (theme, brand, locale, density,
 * mock scenario) is read by `withVernKit`, which wraps each story in the UI `VernProvider`;
 * stories with `parameters.vernkit.mock` run against `@vernkit/mock` through MSW.
 */
export default definePreview({
  addons: [addonDocs(), addonA11y(), addonMsw(startMswWorker)],
  globalTypes,
  initialGlobals: { ...initialGlobals },
  decorators: [withVernKit],
  beforeEach: startLiveMock,
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
    // The kit paints the canvas in its own theme (see withVernKit); a second background tool would fight it.
    backgrounds: { disable: true },
    options: {
      storySort: {
        order: ['Introduction', 'Theming', 'Scenarios', 'Flows', 'States', 'Components', '*'],
      },
    },
  },
  tags: ['autodocs'],
});
