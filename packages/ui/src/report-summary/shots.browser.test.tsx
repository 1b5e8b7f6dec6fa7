import '../styles.css';
import { render } from '@testing-library/react';
import { it } from 'vitest';
import { page } from 'vitest/browser';
import { KitFrame } from '../stories/KitFrame.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { sampleReport, sampleTemplates } from './reportFixtures.ts';

for (const theme of ['light', 'dark'] as const) {
  it(`shot ${theme}`, async () => {
    await page.viewport(820, 1000);
    document.body.style.cssText = `margin:0;font-family:system-ui,sans-serif;background:${theme === 'dark' ? '#000' : '#eee'}`;
    render(
      <div style={{ padding: 16 }}>
        <KitFrame theme={theme} width={760}>
          <ReportSummary
            report={sampleReport()}
            templates={sampleTemplates}
            onDownload={() => new Promise(() => {})}
          />
        </KitFrame>
      </div>,
    );
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: `../../node_modules/.vk-shots/report-${theme}.png` });
  });
}
