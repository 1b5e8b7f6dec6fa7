import '@vernkit/ui/styles.css';
import { screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { createFlowKit, type FlowKit, type Intercept, seedUploaded } from './support/flowKit.tsx';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const IMG = '<img src=x onerror="window.__pwned=1">';
const FORMULA = '=HYPERLINK("http://evil.example","Click me")';
const RTL = 'invoice\u202Efdp.exe';
const LONG = `${'Very long value '.repeat(640)}end`; // 10 kB, no break opportunity but spaces

/** Polls at the flow's own pace (the first run poll is 2 s after the start). */
const SLOW = { timeout: 15_000, interval: 100 };

const csv = (...rows: string[][]) =>
  rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\r\n');

// The first columns, so the horizontally virtualized grid renders them in 720 px.
const HOSTILE_CSV = csv(
  ['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account'],
  [IMG, RTL, FORMULA, '+1 415 555 0100', 'Open', 'Acme'],
  ['john.roe@acme.com', '<script>window.__pwned=2</script>', LONG, '+1 415 555 0101', 'Closed', 'Acme'],
);

/** Agent messages Vern could relay from a prompt-injected file: markdown with traps in it. */
const HOSTILE_EVENTS = [
  { type: 'status', data: { message: `Reading ${RTL}` } },
  { type: 'message', data: { text: LONG } },
  // Last, so the feed (anchored to its newest item) has it in view.
  {
    type: 'message',
    data: {
      text: `Mapped your data. [Open the report](javascript:window.__pwned=3) and ${IMG} **done**. ![pixel](https://evil.example/p.png) <script>window.__pwned=4</script>`,
    },
  },
];

/**
 * The thread (once the run has failed) and the failed run's error, as a compromised upstream
 * could send them.
 */
function hostileUpstream(): Intercept {
  let injected = false;
  return async (request, answer) => {
    const response = await answer();
    const path = new URL(request.url).pathname;
    if (request.method !== 'GET' || !response.ok) return response;
    if (/\/thread$/.test(path) && !injected) {
      const probe = await response.clone().json();
      if (!probe.events.some((e: { type: string }) => e.type === 'error')) return response;
      injected = true;
      const body = await response.json();
      const last: number = body.last_sequence ?? 0;
      const extra = HOSTILE_EVENTS.map((e, i) => ({
        ...e,
        sequence: last + i + 1,
        created_at: new Date().toISOString(),
      }));
      return Response.json({ events: [...body.events, ...extra], last_sequence: last + extra.length });
    }
    if (/\/runs\/[^/]+$/.test(path)) {
      const body = await response.json();
      return Response.json(body.status === 'failed' ? { ...body, error: `${IMG} ${RTL}` } : body);
    }
    return response;
  };
}

async function renderAt(kit: FlowKit) {
  await seedUploaded(kit, new File([HOSTILE_CSV], 'contacts.csv', { type: 'text/csv' }));
  const view = kit.renderFlow({ live: false });
  const root = view.container.querySelector('[data-slot="vern-root"]') as HTMLElement;
  root.style.width = '720px';
  const start = await vi.waitFor(() => {
    const button = screen.getByRole('button', { name: 'Start mapping' });
    expect(button).not.toHaveAttribute('aria-disabled');
    return button;
  }, SLOW);
  start.click();
  return root;
}

/**
 * Inert: nothing ran, nothing loads from elsewhere, no link leaves http(s)/mailto, nothing
 * overflows, and bidi overrides inside `bidiScope` are shown rather than obeyed.
 */
async function expectInert(root: HTMLElement, bidiScope: HTMLElement = root) {
  // Give any injected handler every chance to fire.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(window.__pwned).toBeUndefined();
  expect(root.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  for (const link of root.querySelectorAll('a[href]')) {
    expect(['http:', 'https:', 'mailto:']).toContain(new URL((link as HTMLAnchorElement).href).protocol);
  }
  // Bidi overrides are shown, not obeyed.
  expect(bidiScope.textContent).not.toContain('\u202E');
  expect(bidiScope.textContent).toContain('[U+202E]');
  // A 10 kB value is cut and wraps inside the kit: the host page does not scroll sideways.
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
}

describe('hostile content renders inert and readable', { timeout: 40_000 }, () => {
  beforeEach(async () => {
    await page.viewport(1000, 900);
    window.__pwned = undefined;
  });

  it('in the preview: HTML, formulas, bidi overrides and 10 kB cells from the customer’s own file', async () => {
    const kit = createFlowKit({ speed: 0 });
    const root = await renderAt(kit);
    const grid = await vi.waitFor(() => screen.getByRole('grid', { name: 'Contacts preview' }), SLOW);
    // Readable: the markup and the formula show as the literal text the file holds.
    expect(within(grid).getByText(IMG)).toBeVisible();
    expect(within(grid).getByText(FORMULA)).toBeVisible();
    expect(within(grid).getByText(FORMULA).closest('a')).toBeNull();
    expect(within(grid).getByText('<script>window.__pwned=2</script>')).toBeVisible();
    const long = within(grid).getByText(/^Very long value/);
    expect(long.textContent?.length).toBeLessThan(LONG.length);
    await expectInert(root);
  });

  async function failedRun() {
    const kit = createFlowKit({ speed: 0, scenario: 'failure', intercept: hostileUpstream() });
    const root = await renderAt(kit);
    await vi.waitFor(
      () => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('The run did not finish'),
      SLOW,
    );
    return root;
  }

  it('in the agent’s activity and the run error: markdown traps, raw HTML, bidi overrides, 10 kB messages', async () => {
    const root = await failedRun();
    const feed = screen.getByRole('region', { name: 'Agent activity' });
    await vi.waitFor(() => expect(feed.textContent).toContain('Mapped your data.'), SLOW);
    // The javascript: link is text, not a link; the bold still renders; the image is at most its alt text.
    expect(within(feed).getByText('Open the report').closest('a')).toBeNull();
    expect(feed.querySelector('strong')).toHaveTextContent('done');
    expect(feed.textContent).toContain(IMG);
    // The failed run's error shows its markup as text.
    expect(document.querySelector('[data-slot="run-progress"]')?.textContent).toContain(IMG);
    await expectInert(root, feed);
  });

  // RunProgress renders the run's own `error`/`message` through `Untrusted`, like every other
  // server string: a U+202E shows as a visible [U+202E] marker instead of reversing the text.
  it('the failed run’s own error shows a bidi override as a visible marker', async () => {
    await failedRun();
    const message = document.querySelector('[data-slot="run-progress"]') as HTMLElement;
    expect(message.textContent).toContain('[U+202E]');
    expect(message.textContent).not.toContain('\u202E');
  });
});
