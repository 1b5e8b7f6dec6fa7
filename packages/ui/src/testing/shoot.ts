import { page } from 'vitest/browser';

/**
 * Save a PNG of an element under the test file's `__screenshots__/` (git-ignored), for a
 * human to look at; nothing is compared.
 */
export async function shoot(element: Element, name: string): Promise<void> {
  await page.screenshot({ element, path: `__screenshots__/${name}.png` });
}
