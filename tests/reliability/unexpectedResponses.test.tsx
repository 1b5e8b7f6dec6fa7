import { screen, within } from '@testing-library/react';
import {
  createFlowKit,
  type FlowKitOptions,
  type Intercept,
  sample,
  seedUploaded,
} from './support/flowKit.tsx';
import { button, confirm, heading, press, wait, withViewport } from './support/screen.ts';

const RUN_GET = /^\/api\/v1\/migrations\/[^/]+\/runs\/[^/]+$/;
const PREVIEW = /^\/api\/v1\/migrations\/[^/]+\/preview$/;
type Json = Record<string, unknown>;

/** Answer successful JSON reads of `path` with `edit(body)`: Vern's schema moving under the kit. */
function rewriteJson(path: RegExp, edit: (body: Json) => unknown): Intercept {
  return async (request, answer) => {
    const response = await answer();
    if (request.method !== 'GET' || !path.test(new URL(request.url).pathname) || !response.ok)
      return response;
    const body = (await response.json()) as Json;
    return Response.json(edit(body), { status: response.status });
  };
}

function chain(...intercepts: Intercept[]): Intercept {
  return intercepts.reduce<Intercept>(
    (inner, outer) => (request, answer) => outer(request, () => inner(request, answer)),
    (_request, answer) => answer(),
  );
}

async function startMapping(options: FlowKitOptions, props: { live?: boolean } = {}) {
  const kit = createFlowKit(options);
  await seedUploaded(kit, sample('contacts-clean.csv'));
  kit.renderFlow(props);
  await wait(0);
  await press(button('Start mapping'));
  return kit;
}

/** What a customer can still do on the mapping step. */
function stillWorking() {
  expect(heading()).toHaveTextContent('Mapping your data');
  expect(button('Cancel run')).not.toHaveAttribute('aria-disabled');
  expect(screen.getByRole('navigation', { name: 'Migration progress' })).toBeInTheDocument();
}

describe('malformed and unexpected responses', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('malformed JSON on the run poll: an "unexpected response" error, the step still usable, then recovery', async () => {
    // Snapshots only, so every read of the run is a poll (a live stream would trigger them instead).
    const kit = await startMapping({ scenario: 'slow' }, { live: false });
    kit.mock.injectFault({
      type: 'malformed-body',
      route: 'GET /migrations/*/runs/*',
      count: Number.POSITIVE_INFINITY,
    });
    await wait(10_000);
    const error = document.querySelector('[data-slot="migration-flow-error"]') as HTMLElement;
    expect(error.textContent).toMatch(/unexpected response/i);
    stillWorking();
    // Not retried blindly: a garbled body is not cured by asking again at once.
    const polls = kit.count('GET', /\/runs\/[^/]+$/);
    expect(polls).toBeLessThanOrEqual(4);

    kit.mock.clearFaults();
    await press(within(error).getByRole('button', { name: 'Try again' }));
    await wait(120_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(document.querySelector('[data-slot="migration-flow-error"]')).toBeNull();
  });

  it('an unknown run status: shown as such, polled on, and left behind when a known one returns', async () => {
    const kit = await startMapping({ scenario: 'slow' });
    kit.mock.injectFault({
      type: 'unknown-status',
      value: 'paused_for_review',
      count: Number.POSITIVE_INFINITY,
    });
    await wait(5_000);
    const progress = document.querySelector('[data-slot="run-progress"]') as HTMLElement;
    expect(progress).toHaveAttribute('data-status', 'unknown');
    expect(progress).toHaveTextContent('Status: paused_for_review');
    expect(progress).toHaveTextContent('does not know yet');
    expect(document.querySelector('[data-slot="migration-flow-error"]')).toBeNull();
    expect(heading()).toHaveTextContent('Mapping your data');

    const polls = kit.count('GET', /\/runs\/[^/]+$/);
    await wait(60_000);
    expect(kit.count('GET', /\/runs\/[^/]+$/)).toBeGreaterThan(polls);
    kit.mock.clearFaults();
    await wait(120_000);
    expect(heading()).toHaveTextContent('Review your data');
  });

  it('unknown extra fields everywhere: ignored, the whole flow works', async () => {
    const extra = (body: Json) => ({
      ...body,
      vern_internal: { shard: 7, trace: ['a', 'b'] },
      links: { self: 'https://example.invalid' },
    });
    await startMapping({
      intercept: chain(
        rewriteJson(RUN_GET, extra),
        rewriteJson(PREVIEW, (body) => ({
          ...extra(body),
          sheets: (body.sheets as Json[]).map((sheet) => ({ ...sheet, stats: { rows: 3 }, color: 'teal' })),
        })),
      ),
    });
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(screen.getByRole('grid', { name: 'Contacts preview' })).toBeInTheDocument();
    await press(button('Approve and import'));
    await confirm('Import now');
    await wait(30_000);
    expect(heading()).toHaveTextContent('Import complete');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('optional fields left out: read as absent, the whole flow works', async () => {
    const strip =
      (...keys: string[]) =>
      (body: Json) =>
        Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));
    await startMapping({
      intercept: chain(
        rewriteJson(RUN_GET, strip('created_at', 'message', 'answers', 'kind')),
        rewriteJson(PREVIEW, (body) => ({
          sheets: (body.sheets as Json[]).map(strip('invalid_cells')),
        })),
      ),
    });
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(screen.getByRole('grid', { name: 'Contacts preview' })).toBeInTheDocument();
    await press(button('Approve and import'));
    await confirm('Import now');
    await wait(30_000);
    expect(heading()).toHaveTextContent('Import complete');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('schema drift in the preview: a clear "unexpected response" where the preview goes, the rest works', async () => {
    // A future Vern renames `sheets`.
    const kit = await startMapping({
      intercept: rewriteJson(PREVIEW, ({ sheets, ...rest }) => ({ ...rest, tabs: sheets })),
    });
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');
    const table = document.querySelector('[data-slot="preview-table"]') as HTMLElement;
    expect(table).toHaveAttribute('data-state', 'error');
    expect(table.textContent).toMatch(/unexpected response/i);
    expect(table).toHaveTextContent('sheets');
    // Not hammered: a drifted schema does not change by asking again.
    expect(kit.count('GET', /\/preview$/)).toBe(1);
    // The customer can still ask the agent about it, or start over.
    expect(screen.getByRole('textbox', { name: 'What should change?' })).toBeEnabled();
    expect(button('Start over')).not.toHaveAttribute('aria-disabled');
  });
});
