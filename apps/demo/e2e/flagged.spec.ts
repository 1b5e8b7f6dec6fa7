import { expect, test } from '@playwright/test';
import { applyLook, LOOKS, shot, signUp } from './support/app.ts';
import { MOCK_MODE_PORT } from './support/ports.ts';

test.use({ baseURL: `http://127.0.0.1:${MOCK_MODE_PORT}` });

for (const look of LOOKS) {
  test(`imports flow: flagged rows, "Apply suggested fix" after confirming (${look.brand}, ${look.scheme})`, async ({
    page,
  }, testInfo) => {
    await applyLook(page, look);
    await signUp(page, 'Hooli', '?speed=0.2');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Flagged rows' }).click();
    await expect(page.getByLabel('Simulated case')).toHaveValue('destructive-patch');
    await page.getByRole('button', { name: 'Import the sample export' }).click();

    const review = page.getByRole('heading', { name: 'Some rows need your attention' });
    await expect(review).toBeVisible();
    await expect(page.getByText(/^Removes \d+ rows?$/).first()).toBeVisible();
    await shot(page, testInfo, '1-needs-attention');

    await page.getByRole('button', { name: 'Apply suggested fix' }).click();
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading', { name: 'Apply the fix and remove rows?' })).toBeVisible();
    await shot(page, testInfo, '2-confirm');
    await confirm.getByRole('button', { name: /^Apply fix and remove/ }).click();

    await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible();
    await shot(page, testInfo, '3-completed');
    await expect(page.getByRole('button', { name: /Download .* \(CSV\)/ }).first()).toBeVisible();
  });
}
