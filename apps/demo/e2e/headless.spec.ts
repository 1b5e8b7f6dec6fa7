import { expect, test } from '@playwright/test';
import { answerFirstOptions, applyLook, downloadText, type Look, shot, signUp } from './support/app.ts';
import { MOCK_MODE_PORT } from './support/ports.ts';

test.use({ baseURL: `http://127.0.0.1:${MOCK_MODE_PORT}` });

// The drop-in flow's specs cover both looks; this one adds a third combination.
const looks: Look[] = [{ brand: 'harbor', scheme: 'light' }];

for (const look of looks) {
  test(`custom import on the hooks: question, refine, execute, CSV (${look.brand}, ${look.scheme})`, async ({
    page,
  }, testInfo) => {
    await applyLook(page, look);
    await signUp(page, 'Initech', '?scenario=question&speed=0.2');
    await expect(page.locator('html')).toHaveAttribute('data-brand', look.brand);
    await expect(page.locator('html')).toHaveAttribute('data-theme', look.scheme);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Custom import' }).click();
    await expect(page.getByRole('heading', { name: 'Bring your data over' })).toBeVisible();
    await shot(page, testInfo, '1-files');

    await page.getByRole('button', { name: 'Use contacts.csv' }).click();
    const questions = page.getByRole('form', { name: 'The agent needs your call' });
    await expect(questions).toBeVisible();
    await shot(page, testInfo, '2-question');
    await answerFirstOptions(questions);
    await questions.getByRole('button', { name: 'Send answer' }).click();

    const approve = page.getByRole('button', { name: 'Approve and import' });
    await expect(approve).toBeEnabled();
    await expect(page.getByRole('region', { name: /Contacts preview/ })).toBeVisible();
    await shot(page, testInfo, '3-preview');

    await page
      .getByLabel('Anything to change? Ask in plain words')
      .fill('Trim whitespace from every phone number');
    await page.getByRole('button', { name: 'Apply change' }).click();
    await expect(page.getByRole('heading', { name: 'Applying your changes' })).toBeVisible();
    await expect(approve).toBeEnabled();
    await shot(page, testInfo, '4-refined');

    await approve.click();
    await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
    const importedText = await page
      .getByText('Rows imported')
      .locator('xpath=following-sibling::dd')
      .textContent();
    const imported = Number((importedText ?? '').replace(/\D/g, ''));
    expect(imported).toBeGreaterThan(0);
    await shot(page, testInfo, '5-report');

    const csv = await downloadText(page, () =>
      page.getByRole('button', { name: 'Download Contacts (CSV)' }).click(),
    );
    expect(csv.name).toMatch(/\.csv$/);
    const [header, ...rows] = csv.text.trim().split(/\r?\n/);
    expect(header).toMatch(/Email/);
    // The valid-only export: the clean rows of the 60 in the sample, flagged ones left out.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(csv.text).toContain('jane.doe@acme.com');
  });
}
