import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../browser.shared.ts';
import { E2E_API_KEY, MOCK_MODE_PORT, REAL_MODE_PORT, VERN_MOCK_PORT } from './e2e/support/ports.ts';

const tsx = 'pnpm exec tsx --conditions=@vernkit/source';

/**
 * Runs against the built app (`pnpm run build` first) served by the demo's own server:
 * one in mock mode, one in real mode in front of `@vernkit/mock`'s Node server standing in for Vern.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `${tsx} server/start.ts --dist --port ${MOCK_MODE_PORT}`,
      url: `http://127.0.0.1:${MOCK_MODE_PORT}/api/vern-config`,
      env: { VERN_API_KEY: '' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${tsx} e2e/support/startVernMock.ts`,
      url: `http://127.0.0.1:${VERN_MOCK_PORT}/api/v1/templates`,
      // Any answer proves it is up: without the key it is a 401.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${tsx} server/start.ts --dist --port ${REAL_MODE_PORT}`,
      url: `http://127.0.0.1:${REAL_MODE_PORT}/api/vern-config`,
      env: { VERN_API_KEY: E2E_API_KEY, VERN_API_URL: `http://127.0.0.1:${VERN_MOCK_PORT}/api/v1` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
