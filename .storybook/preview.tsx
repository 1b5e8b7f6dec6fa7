import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import { definePreview } from '@storybook/react-vite';
import addonMsw from 'msw-storybook-addon';

/**
 * One preview for every package's stories. Toolbar globals (theme, brand, locale, density)
 * are read by the kit decorator in `.storybook/decorators.tsx`.
 */
export default definePreview({
  addons: [addonDocs(), addonA11y(), addonMsw()],
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  tags: ['autodocs'],
});
