import { expect, type Page, type Request, test } from '@playwright/test';
import { answerFirstOptions, migrationIdIn, shot, signUp } from './support/app.ts';
import { E2E_API_KEY, REAL_MODE_PORT } from './support/ports.ts';

test.use({ baseURL: `http://127.0.0.1:${REAL_MODE_PORT}` });

/** Every request the page makes, with all its headers, checked for the key. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

async function expectNoKey(requests: Request[]): Promise<void> {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const headers = await request.allHeaders();
    expect(request.url()).not.toContain(E2E_API_KEY);
    expect(Object.keys(headers)).not.toContain('x-api-key');
    for (const value of Object.values(headers)) expect(value).not.toContain(E2E_API_KEY);
    expect(request.postData() ?? '').not.toContain(E2E_API_KEY);
  }
}

async function startCustomImport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Custom import' }).click();
  await page.getByRole('button', { name: 'Use contacts.csv' }).click();
}

test('real mode: the page talks only to the host, never holds the key, and reaches Vern through the proxy', async ({
  page,
}, testInfo) => {
  const requests = recordRequests(page);
  const responses: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/')) responses.push(await response.text().catch(() => ''));
  });
  await signUp(page, 'Wayne Enterprises');
  await expect(page.getByText('Live Vern')).toBeVisible();
  await startCustomImport(page);
  await expect(page.getByRole('form', { name: 'The agent needs your call' })).toBeVisible();
  await shot(page, testInfo, 'real-mode-question');

  const origins = new Set(requests.map((r) => new URL(r.url()).origin));
  expect([...origins]).toEqual([`http://127.0.0.1:${REAL_MODE_PORT}`]);
  expect(requests.some((r) => new URL(r.url()).pathname.startsWith('/api/vern/'))).toBe(true);
  // Uploads go through the proxy's relay, not straight to storage.
  expect(
    requests.some((r) => r.method() === 'PUT' && new URL(r.url()).pathname === '/api/vern/_relay/upload'),
  ).toBe(true);
  await expectNoKey(requests);
  for (const body of responses) expect(body).not.toContain(E2E_API_KEY);
});

test('real mode: a second tenant cannot read the first tenant’s migration', async ({ browser }) => {
  const alice = await browser.newPage();
  await signUp(alice, 'Alpha Inc');
  const seen: string[] = [];
  alice.on('request', (r) => seen.push(r.url()));
  await startCustomImport(alice);
  await expect(alice.getByRole('form', { name: 'The agent needs your call' })).toBeVisible();
  const migrationId = seen.map(migrationIdIn).find((id): id is string => id !== null);
  expect(migrationId).toBeTruthy();

  const bob = await browser.newPage();
  await signUp(bob, 'Beta LLC');
  const statuses = await bob.evaluate(async (id) => {
    const paths = [
      `/migrations/${id}/preview`,
      `/migrations/${id}/thread`,
      `/migrations/${id}/files`,
      `/migrations/${id}/exports/contacts.csv`,
    ];
    const read = await Promise.all(paths.map((p) => fetch(`/api/vern${p}`).then((r) => r.status)));
    const write = await fetch(`/api/vern/migrations/${id}/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'execute' }),
    }).then((r) => r.status);
    return [...read, write];
  }, migrationId);
  expect(statuses).toEqual([404, 404, 404, 404, 404]);

  // Alice still can.
  const own = await alice.evaluate(
    (id) => fetch(`/api/vern/migrations/${id}/files`).then((r) => r.status),
    migrationId,
  );
  expect(own).toBe(200);
  await alice.close();
  await bob.close();
});

test('a reload mid-run resumes the same run instead of starting another', async ({ page }) => {
  await signUp(page, 'Stark Industries');
  const runPosts: string[] = [];
  const runReads: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.method() === 'POST' && /\/api\/vern\/migrations\/[^/]+\/runs$/.test(path)) runPosts.push(path);
    const read = /\/api\/vern\/migrations\/[^/]+\/runs\/([^/]+)$/.exec(path);
    if (r.method() === 'GET' && read?.[1]) runReads.push(read[1]);
  });
  await startCustomImport(page);
  await expect.poll(() => runReads.length).toBeGreaterThan(0);
  const runId = runReads[0];
  expect(runPosts).toHaveLength(1);

  runReads.length = 0;
  await page.reload();
  await expect(page.getByRole('form', { name: 'The agent needs your call' })).toBeVisible();
  expect(runReads.length).toBeGreaterThan(0);
  expect(new Set(runReads)).toEqual(new Set([runId]));
  expect(runPosts).toHaveLength(1);

  // …and it carries on to the preview.
  const questions = page.getByRole('form', { name: 'The agent needs your call' });
  await answerFirstOptions(questions);
  await questions.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByRole('button', { name: 'Approve and import' })).toBeEnabled();
  expect(new Set(runReads)).toEqual(new Set([runId]));
});
