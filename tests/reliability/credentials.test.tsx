import { screen } from '@testing-library/react';
import { isVernApiError } from '@vernkit/core';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { button, heading, press, type, wait, withViewport } from './support/screen.ts';

const CLIENT_ID = 'acme-connected-app-3f9d';
const SECRET = 'sk-live-7f3a9c41-do-not-leak';
const CREDENTIALS = /^\/migrations\/[^/]+\/runs\/[^/]+\/credentials$/;

/** Every console method, recorded (the kit must never log a secret, whatever the level). */
function recordConsole() {
  const lines: unknown[][] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args);
    });
  }
  return lines;
}

/** Everything TanStack holds (queries and mutations: data, errors, variables, options) as text. */
function everythingCached(kit: FlowKit): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    {
      queries: kit.queryClient
        .getQueryCache()
        .getAll()
        .map((q) => ({ key: q.queryKey, state: q.state })),
      mutations: kit.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => ({ state: m.state, options: m.options })),
    },
    (_key, value: unknown) => {
      if (value instanceof Error)
        return { ...value, name: value.name, message: value.message, cause: value.cause };
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return undefined;
        seen.add(value);
      }
      return value;
    },
  );
}

function storageText(kit: FlowKit): string {
  const dump = (s: Storage) =>
    Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`);
  const flowKey = 'vernkit:migration-flow:external:acme-001';
  return [kit.storage.getItem(flowKey), ...dump(window.sessionStorage), ...dump(window.localStorage)].join(
    '\n',
  );
}

async function atCredentials(kit: FlowKit) {
  await seedUploaded(kit, sample('contacts-clean.csv'));
  kit.renderFlow();
  await wait(0);
  await press(button('Start mapping'));
  await wait(30_000);
  expect(heading()).toHaveTextContent('Connect your source system');
}

async function fillAndConnect() {
  await type(screen.getByLabelText(/^Consumer key/), CLIENT_ID);
  await type(screen.getByLabelText(/^Consumer secret/), SECRET);
  await press(button('Connect'));
}

describe('credentials stay secret', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('go only to the credentials endpoint; never into the cache, the thread, logs, storage or the page', async () => {
    const logs = recordConsole();
    const kit = createFlowKit({ scenario: 'credentials' });
    await atCredentials(kit);
    await fillAndConnect();
    await wait(60_000);
    // The agent went on with the extraction.
    expect(heading()).not.toHaveTextContent('Connect your source system');

    const carrying = kit.requests.filter((r) => r.body?.includes(SECRET));
    expect(carrying.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`)).toEqual([
      'POST /migrations/:id/runs/:id/credentials',
    ]);
    const cached = everythingCached(kit);
    expect(cached.length).toBeGreaterThan(1000);
    for (const value of [SECRET, CLIENT_ID]) {
      expect(cached).not.toContain(value);
      expect(storageText(kit)).not.toContain(value);
      expect(JSON.stringify(logs)).not.toContain(value);
      expect(document.body.innerHTML).not.toContain(value);
    }
    // The thread the customer (and the host) can read carries nothing of it, at any verbosity.
    const migrationId = kit.mock.inspect().migrations[0]?.id as string;
    const thread = await kit.client.getThread(migrationId, { include: 'all' });
    expect(thread.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(thread)).not.toContain(SECRET);
    // The form kept no copy: no input anywhere still holds the secret.
    for (const input of document.querySelectorAll('input')) expect(input.value).not.toContain(SECRET);
  });

  it('a refused submit: the error names no secret, nothing is cached, sent once', async () => {
    const logs = recordConsole();
    const kit = createFlowKit({ scenario: 'credentials' });
    await atCredentials(kit);
    kit.mock.injectFault({ type: '5xx', status: 500, route: 'POST /migrations/*/runs/*/credentials' });
    await fillAndConnect();
    await wait(5_000);

    expect(kit.count('POST', CREDENTIALS)).toBe(1);
    const form = screen.getByRole('form', { name: /Connect/ });
    expect(form).toHaveTextContent('The credentials were not sent');
    expect(form.textContent).not.toContain(SECRET);
    for (const query of kit.queryClient.getMutationCache().getAll()) {
      const error = query.state.error;
      if (isVernApiError(error))
        expect(JSON.stringify({ ...error, message: error.message })).not.toContain(SECRET);
    }
    expect(everythingCached(kit)).not.toContain(SECRET);
    expect(JSON.stringify(logs)).not.toContain(SECRET);
    expect(storageText(kit)).not.toContain(SECRET);
  });
});
