/**
 * Screenshots of stories, to look at them: `node .storybook/scripts/shoot.ts <base-url> <out-dir>
 * <story-id>[@globals] …`, e.g. `flows-migrationflow--live@theme:dark;brand:acme`. Against a
 * running `storybook dev` or a static server over `storybook-static`. Dev-only, not a test.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs } from '../../browser.shared.ts';

const [base, out, ...targets] = process.argv.slice(2);
if (!base || !out || targets.length === 0) {
  console.error('usage: shoot.ts <base-url> <out-dir> <story-id>[@globals] …');
  process.exit(2);
}
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  for (const target of targets) {
    const [id, globals] = target.split('@');
    const manager = target.startsWith('manager:');
    const url = manager
      ? `${base}/?path=/${target.slice('manager:'.length)}`
      : `${base}/iframe.html?id=${id}&viewMode=${id?.endsWith('--docs') ? 'docs' : 'story'}${globals ? `&globals=${globals}` : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(Number(process.env.SHOOT_WAIT ?? 1500));
    const file = path.join(out, `${target.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: !manager });
    console.info(file);
  }
} finally {
  await browser.close();
}
