import { createVernMockServer } from '@vernkit/mock/node';
import { E2E_API_KEY, VERN_MOCK_PORT } from './ports.ts';

/** Stands in for Vern in the real-mode e2e: a real HTTP server that demands the API key. */
const server = await createVernMockServer({
  port: VERN_MOCK_PORT,
  apiKey: E2E_API_KEY,
  scenario: 'question',
  speed: 0.2,
  rateLimit: false,
});
console.info(`mock Vern on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
