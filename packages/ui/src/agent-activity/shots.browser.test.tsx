import '../styles.css';
import { render } from '@testing-library/react';
import { RunSchema } from '@vernkit/core';
import { it } from 'vitest';
import { page } from 'vitest/browser';
import { RunProgress } from '../run-progress/RunProgress.tsx';
import { KitFrame } from '../stories/KitFrame.tsx';
import { AgentActivity } from './AgentActivity.tsx';
import { sampleThread, threadEvent } from './activityFixtures.ts';

for (const theme of ['light', 'dark'] as const) {
  it(`shot ${theme}`, async () => {
    await page.viewport(760, 760);
    document.body.style.cssText = `margin:0;font-family:system-ui,sans-serif;background:${theme === 'dark' ? '#000' : '#eee'}`;
    render(
      <div style={{ padding: 16 }}>
        <KitFrame theme={theme} width={680}>
          <RunProgress
            run={RunSchema.parse({
              run_id: 'x',
              status: 'running',
              message: 'Applying your answer',
              created_at: new Date(Date.now() - 95_000).toISOString(),
            })}
            title="Preparing your preview"
            onCancel={() => {}}
          >
            <AgentActivity
              events={[
                ...sampleThread(),
                threadEvent(50, 'error', { message: 'The connection dropped; retrying.' }),
              ]}
              active
            />
          </RunProgress>
        </KitFrame>
      </div>,
    );
    await new Promise((r) => setTimeout(r, 2500));
    await page.screenshot({ path: `../../node_modules/.vk-shots/activity-${theme}.png` });
  });
}
