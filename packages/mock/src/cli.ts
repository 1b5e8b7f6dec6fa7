#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createVernMockServer } from './node/createVernMockServer.ts';
import { isScenarioName, SCENARIO_NAMES, SCENARIOS } from './scenarios/scenarios.ts';

const HELP = `vernkit-mock: a simulated Vern Migration API on your machine

Usage: vernkit-mock [--port 4010] [--host 127.0.0.1] [--key <api key>] [--speed 1] [--scenario happy]

  --port, -p       port to listen on (default 4010; 0 picks a free one)
  --host           interface to bind (default 127.0.0.1: this machine only)
  --key, -k        the x-api-key clients must send (omit to accept any request)
  --speed          time factor: 0 instant, 1 a few seconds per phase, 0.25 fast (default 1)
  --scenario       ${SCENARIO_NAMES.join(' | ')} (default happy)
  --no-cors        send no CORS headers (by default local origins are allowed)
  --quiet, -q      no per-request log lines
  --help, -h       this help
`;

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.info(HELP);
    return 0;
  }
  const port = Number(values.port ?? '4010');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return fail(`--port must be a port number, not "${values.port}"`);
  const speed = Number(values.speed ?? '1');
  if (!Number.isFinite(speed) || speed < 0)
    return fail(`--speed must be a number ≥ 0, not "${values.speed}"`);
  const scenario = values.scenario ?? 'happy';
  if (!isScenarioName(scenario)) return fail(`--scenario must be one of ${SCENARIO_NAMES.join(', ')}`);
  const key = values.key?.trim() || null;

  const server = await createVernMockServer({
    port,
    host: values.host ?? '127.0.0.1',
    apiKey: key,
    speed,
    scenario,
    cors: !values['no-cors'],
    onRequest: values.quiet
      ? undefined
      : ({ method, path, status, ms }) =>
          console.info(`${method} ${path} → ${status === 0 ? 'dropped' : status} (${ms} ms)`),
  });
  console.info(
    [
      `vernkit-mock listening on ${server.url}`,
      `  API base URL: ${server.url}/api/v1`,
      `  auth: ${key ? 'x-api-key required' : 'off (any request is accepted)'}`,
      `  scenario: ${scenario} (${SCENARIOS[scenario].title}); per migration: header x-vernkit-scenario`,
      `  speed: ${speed}`,
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      key: { type: 'string', short: 'k' },
      speed: { type: 'string' },
      scenario: { type: 'string' },
      'no-cors': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
