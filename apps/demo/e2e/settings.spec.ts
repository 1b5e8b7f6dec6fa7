import { expect, test } from '@playwright/test';
import { shot, signUp } from './support/app.ts';
import { MOCK_MODE_PORT } from './support/ports.ts';

test.use({ baseURL: `http://127.0.0.1:${MOCK_MODE_PORT}` });

test('brand and scheme switch live, and the kit follows through its --vk-* variables', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signUp(page, 'Umbrella');
  const kitPrimary = () =>
    page.evaluate(() => {
      const root = document.querySelector('[data-slot="vern-root"]');
      return root ? getComputedStyle(root).getPropertyValue('--vk-color-primary').trim() : null;
    });
  const kitButtonColor = () =>
    page
      .getByRole('button', { name: 'Upload your files' })
      .evaluate((el) => getComputedStyle(el).borderColor);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-brand', 'acme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const acme = await kitPrimary();
  expect(acme).toBeTruthy();

  await page.getByRole('radio', { name: /Harbor CRM/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-brand', 'harbor');
  await expect(page.getByRole('banner')).toContainText('Harbor CRM');
  // The kit's primary colour is the brand's, through the host's CSS variables.
  await expect.poll(kitPrimary).not.toBe(acme);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-slot="vern-root"]')).toHaveAttribute('data-vk-theme', 'dark');
  await shot(page, testInfo, 'settings-harbor-dark');

  // The drop-in flow picks the brand up with no kit-specific styling.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Onboarding' }).click();
  const harborDark = await kitButtonColor();
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await kitButtonColor()).not.toBe(harborDark);

  // Choices persist across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-brand', 'harbor');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
