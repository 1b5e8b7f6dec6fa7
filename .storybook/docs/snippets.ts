/** Code shown in the docs pages, kept here because MDX strips the indentation of inline strings. */

export const cssVariables = `.onboarding .vk-root {
  --vk-color-primary: #4338ca;
  --vk-radius: 14px;
  --vk-font-family: inherit;
}`;

export const appearanceProp = `<VernProvider
  baseUrl="/api/vern"
  appearance={{
    theme: 'auto', // 'light' | 'dark' | 'auto' | 'shadcn' | 'radix-themes'
    variables: { colorPrimary: { light: '#4338ca', dark: '#a5b4fc' }, radius: '14px' },
    rules: { '[data-slot=question-form]': { gap: '24px' } },
  }}
>`;

export const hostSetup = `import { MigrationFlow, VernProvider } from '@vernkit/ui';
import '@vernkit/ui/styles.css';

export function ImportStep({ customer }: { customer: { id: string; name: string } }) {
  return (
    // The browser talks to your proxy (@vernkit/server), never to Vern with a key.
    <VernProvider baseUrl="/api/vern" appearance={{ variables: { colorPrimary: '#4f46e5' } }}>
      <MigrationFlow create={{ name: customer.name, external_id: customer.id, templates: ['contacts'] }} />
    </VernProvider>
  );
}`;

export const mockInBrowser = `import { startVernMock } from '@vernkit/mock/browser';

await startVernMock({ basePath: '/api/vern', scenario: 'question', speed: 0.25 });`;

export const mockEverywhere = `// browser (dev build, demo): an MSW worker
import { startVernMock } from '@vernkit/mock/browser';
await startVernMock({ basePath: '/api/vern', scenario: 'credentials', speed: 0.25 });

// tests: no network at all
import { createVernMock } from '@vernkit/mock';
import { createVernClient } from '@vernkit/core';
const mock = createVernMock({ scenario: 'two-questions', speed: 0 });
const client = createVernClient({ baseUrl: 'https://vern.test/api/v1', fetch: mock.fetch });`;

export const injectFault = `mock.injectFault({ type: '5xx', route: 'GET /migrations/:id/preview', count: 2 });`;
