import { expect, type Locator, test } from '@playwright/test';
import { applyLook, downloadText, LOOKS, shot, signUp } from './support/app.ts';
import { MOCK_MODE_PORT } from './support/ports.ts';
import { CONTACTS_CSV } from './support/samples.ts';

test.use({ baseURL: `http://127.0.0.1:${MOCK_MODE_PORT}` });

/** Picks the first option of every question in the kit's QuestionForm. */
async function answerEveryQuestion(form: Locator): Promise<void> {
  const questions = form.getByRole('group');
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole('radio').first().check();
}

for (const look of LOOKS) {
  test(`onboarding with <MigrationFlow>: question, refine, execute, CSV (${look.brand}, ${look.scheme})`, async ({
    page,
  }, testInfo) => {
    await applyLook(page, look);
    await signUp(page, 'Globex', '?scenario=question&speed=0.2');
    const flow = page.getByRole('region', { name: 'Import your data' });
    await expect(flow.getByRole('heading', { name: 'Upload your data' })).toBeVisible();
    await shot(page, testInfo, '1-upload');

    await flow.locator('input[type=file]').setInputFiles(CONTACTS_CSV);
    await expect(flow.getByText('Uploaded')).toBeVisible();
    await flow.getByRole('button', { name: 'Start mapping' }).click();

    await expect(flow.getByRole('heading', { name: 'The agent has a question' })).toBeVisible();
    await shot(page, testInfo, '2-question');
    const form = flow.getByRole('form', { name: 'The assistant needs your input' });
    await answerEveryQuestion(form);
    await form.getByRole('button', { name: /Send answers?/ }).click();

    await expect(flow.getByRole('heading', { name: 'Review your data' })).toBeVisible();
    await shot(page, testInfo, '3-preview');

    await flow
      .getByRole('textbox', { name: 'What should change?' })
      .fill('Trim whitespace from every phone number');
    await flow.getByRole('button', { name: 'Apply change' }).click();
    await expect(flow.getByRole('heading', { name: 'Updating your preview' })).toBeVisible();
    await expect(flow.getByRole('heading', { name: 'Review your data' })).toBeVisible();
    await shot(page, testInfo, '4-refined');

    await flow.getByRole('button', { name: 'Approve and import' }).click();
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect(confirm).toBeVisible();
    await shot(page, testInfo, '5-confirm');
    await confirm.getByRole('button', { name: 'Import now' }).click();

    await expect(flow.getByRole('heading', { name: 'Import complete' }).first()).toBeVisible();
    await shot(page, testInfo, '6-report');

    const csv = await downloadText(page, () =>
      flow.getByRole('button', { name: /Download Clean rows of Contacts as CSV/i }).click(),
    );
    expect(csv.name).toMatch(/contacts.*\.csv$/i);
    const [header, ...rows] = csv.text.trim().split(/\r?\n/);
    expect(header).toMatch(/Email/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(csv.text).toContain('jane.doe@acme.com');
  });
}
