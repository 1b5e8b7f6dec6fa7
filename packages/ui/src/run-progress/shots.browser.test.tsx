import '../styles.css';
import { render } from '@testing-library/react';
import { RunSchema } from '@vernkit/core';
import { it } from 'vitest';
import { page } from 'vitest/browser';
import { KitFrame } from '../stories/KitFrame.tsx';
import { RunProgress } from './RunProgress.tsx';

const run = (raw: Record<string, unknown>) =>
  RunSchema.parse({ run_id: 'd4', created_at: new Date(Date.now() - 83_000).toISOString(), ...raw });

for (const theme of ['light', 'dark'] as const) {
  it(`shot ${theme}`, async () => {
    await page.viewport(1200, 900);
    document.body.style.cssText = `margin:0;font-family:system-ui,sans-serif;background:${theme === 'dark' ? '#000' : '#eee'}`;
    render(
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, padding: 16 }}>
        {[
          run({ status: 'running', message: 'Matching your columns to Contacts' }),
          run({ status: 'blocked', blocked_reason: 'question' }),
          run({ status: 'failed', error: 'Import timed out' }),
          run({ status: 'completed' }),
          run({ status: 'queued' }),
          run({ status: 'reticulating' }),
        ].map((r) => (
          <KitFrame key={r.status} theme={theme} width={560}>
            <RunProgress run={r} title="Preparing your preview" onCancel={() => {}} />
          </KitFrame>
        ))}
      </div>,
    );
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `../../node_modules/.vk-shots/run-${theme}.png` });
  });
}
