import { parseArgs } from 'node:util';

export interface DemoConfig {
  /** `mock`: the page runs Vern in the browser (MSW). `real`: the page talks to Vern through this server. */
  mode: 'mock' | 'real';
  apiKey: string | null;
  apiUrl: string;
  host: string;
  port: number;
  /** `vite`: Vite in middleware mode (dev, HMR). `dist`: the built app (`pnpm run build`). */
  serve: 'vite' | 'dist';
  /** Signs session cookies; random per start unless set, so restarting signs everyone out. */
  sessionSecret: string | null;
}

const DEFAULT_API_URL = 'https://app.vern.so/api/v1';

/** Flags win over the environment: `--port 4173 --dist`, `PORT`, `HOST`, `VERN_API_KEY`, `VERN_API_URL`. */
export function readDemoConfig(argv: readonly string[], env: NodeJS.ProcessEnv): DemoConfig {
  // `pnpm run start -- --port 4000` hands the `--` through.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dist: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port ?? env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid port: ${values.port ?? env.PORT}`);
  const apiKey = env.VERN_API_KEY?.trim() || null;
  return {
    mode: apiKey ? 'real' : 'mock',
    apiKey,
    apiUrl: env.VERN_API_URL?.trim() || DEFAULT_API_URL,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    port,
    serve: values.dist || env.DEMO_SERVE === 'dist' ? 'dist' : 'vite',
    sessionSecret: env.DEMO_SESSION_SECRET?.trim() || null,
  };
}
