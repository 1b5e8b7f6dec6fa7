import '../styles.css';
import { render } from '@testing-library/react';
import { it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { KitProvider } from '../provider/KitProvider.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { hostilePreview, samplePreview } from './previewFixtures.ts';

for (const theme of ['light', 'dark'] as const) {
  it(`shot ${theme}`, async () => {
    await page.viewport(1000, 700);
    document.body.style.margin = '0';
    document.body.style.background = theme === 'dark' ? '#0c0c0f' : '#fff';
    const { container } = render(
      <KitProvider appearance={{ theme }}>
        <div style={{ padding: 24 }}>
          <PreviewTable preview={samplePreview()} focusColumns={['Status']} />
        </div>
      </KitProvider>,
    );
    await new Promise((r) => setTimeout(r, 300));
    const cell = container.querySelector<HTMLElement>('[data-row="0"][data-column="0"]');
    cell?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: `../../node_modules/.vk-shots/preview-${theme}.png` });
  });
}
it('shot hostile', async () => {
  await page.viewport(1000, 500);
  render(
    <KitProvider>
      <div style={{ padding: 24 }}>
        <PreviewTable preview={hostilePreview()} />
      </div>
    </KitProvider>,
  );
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: '../../node_modules/.vk-shots/preview-hostile.png' });
});
