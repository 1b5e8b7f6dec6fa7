import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

export interface Look {
  brand: 'acme' | 'harbor';
  scheme: 'light' | 'dark';
}

/** Both brands, one in each scheme: every screenshot set covers both themes and both modes. */
export const LOOKS: readonly Look[] = [
  { brand: 'acme', scheme: 'light' },
  { brand: 'harbor', scheme: 'dark' },
];

/** Sets the host's theme before the app boots (what the settings page stores). */
export async function applyLook(page: Page, look: Look): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('acme-demo:theme', JSON.stringify({ ...value, density: 'comfortable' }));
  }, look);
}

export async function signUp(page: Page, company: string, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Your name').fill('Dana Scully');
  await page.getByLabel('Work email').fill('dana@example.com');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name: `Let’s set up ${company}` })).toBeVisible();
}

/** A full-page screenshot kept with the test's artifacts (`test-results/<test>/<name>.png`). */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Clicks, waits for the browser download, and returns the file's text. */
export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The migration id in a request to the proxy, e.g. `/api/vern/migrations/<id>/files`. */
export function migrationIdIn(url: string): string | null {
  return /\/api\/vern\/migrations\/([^/?]+)/.exec(url)?.[1] ?? null;
}

/** Answers every question of the host's custom question form with its first option. */
export async function answerFirstOptions(form: Locator): Promise<void> {
  const groups = form.getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').first().check();
}
