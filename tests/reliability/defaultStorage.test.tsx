import { screen } from '@testing-library/react';
import { createFlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import {
  button,
  chooseFirstOptions,
  confirm,
  heading,
  press,
  type,
  wait,
  withViewport,
} from './support/screen.ts';

const SECRET = 'sk-live-7f3a9c41-do-not-leak';
const CLIENT_ID = 'acme-connected-app-3f9d';
const RECORD_FIELDS = ['kind', 'migrationId', 'runId', 'savedAt', 'v'];

/** Every value a flow wrote to the browser's Web Storage (`localStorage` is the default). */
function recordWrites() {
  const writes: Array<{ key: string; value: string }> = [];
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
    writes.push({ key, value });
    setItem.call(this, key, value);
  });
  return writes;
}

function leafStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 3 ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leafStrings);
}

/** On to the preview (answering what the agent still asks), then to the report. */
async function toReport() {
  for (let round = 0; round < 4 && !heading().textContent?.includes('Review your data'); round++) {
    await wait(30_000);
    if (heading().textContent?.includes('The agent has a question')) {
      await chooseFirstOptions();
      await press(button(/^Send answers?$/));
    }
  }
  expect(heading()).toHaveTextContent('Review your data');
  await press(button('Approve and import'));
  await confirm('Import now');
  await wait(60_000);
  expect(heading()).toHaveTextContent('Import complete');
}

describe('what the default storage keeps', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it.each([
    {
      name: 'a question answered',
      scenario: 'question' as const,
      file: 'contacts.csv' as const,
      pause: async () => {
        await chooseFirstOptions();
        await press(button(/^Send answers?$/));
      },
      secrets: [] as string[],
    },
    {
      name: 'credentials submitted',
      scenario: 'credentials' as const,
      file: 'contacts-clean.csv' as const,
      pause: async () => {
        await type(screen.getByLabelText(/^Consumer key/), CLIENT_ID);
        await type(screen.getByLabelText(/^Consumer secret/), SECRET);
        await press(button('Connect'));
      },
      secrets: [SECRET, CLIENT_ID],
    },
  ])(
    '$name, to the report: localStorage holds one record of ids, the phase and its date, nothing else',
    async ({ scenario, file, pause, secrets }) => {
      const kit = createFlowKit({ scenario });
      await seedUploaded(kit, sample(file));
      const writes = recordWrites();
      // No `storage` prop: the kit's default.
      kit.renderFlow({ storage: undefined });
      await wait(0);
      await press(button('Start mapping'));
      await wait(30_000);
      await pause();
      await toReport();

      expect(window.sessionStorage.length).toBe(0);
      expect(Object.keys(window.localStorage)).toEqual(['vernkit:migration-flow:external:acme-001']);
      expect(writes.length).toBeGreaterThan(2);
      const { runs, id } = kit.mock.inspect().migrations[0] ?? { runs: [], id: '' };
      for (const { key, value } of writes.filter((w) => w.key !== '__vernkit_probe__')) {
        expect(key).toBe('vernkit:migration-flow:external:acme-001');
        const record = JSON.parse(value) as Record<string, unknown>;
        expect(Object.keys(record).sort()).toEqual(RECORD_FIELDS);
        expect(record).toMatchObject({ v: 1, migrationId: id, savedAt: expect.any(Number) });
        expect([null, ...runs.map((r) => r.run_id)]).toContain(record.runId);
        for (const secret of secrets) expect(value).not.toContain(secret);
      }
      // Nothing the customer sent for a pause (answers, credentials) is in any write.
      const sent = kit.requests
        .filter((r) => /\/(messages|credentials)$/.test(r.path))
        .flatMap((r) => leafStrings(JSON.parse(r.body ?? 'null')));
      expect(sent.length).toBeGreaterThan(0);
      for (const value of sent) for (const w of writes) expect(w.value).not.toContain(value);
    },
  );
});
