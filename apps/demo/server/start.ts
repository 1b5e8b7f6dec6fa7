import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type DemoConfig, readDemoConfig } from './config.ts';
import { createDemoServer } from './createDemoServer.ts';

let config: DemoConfig;
try {
  config = readDemoConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nUsage: start [--port 5173] [--host 127.0.0.1] [--dist]`,
  );
  process.exit(2);
}
const demo = await createDemoServer(config);
demo.server.listen(config.port, config.host);
await once(demo.server, 'listening');

const { port } = demo.server.address() as AddressInfo;
const url = `http://${config.host}:${port}`;
const mode =
  config.mode === 'real'
    ? `real mode: the page talks to ${url}/api/vern, which proxies to ${config.apiUrl}`
    : 'mock mode: Vern is simulated in your browser (set VERN_API_KEY for real mode)';
console.info(
  `\n  Acme CRM demo (${config.serve === 'vite' ? 'dev' : 'built app'}, ${mode})\n\n  ➜  ${url}\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
