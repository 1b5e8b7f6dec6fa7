import '@vernkit/ui/styles.css';
import { screen } from '@testing-library/react';
import { createVernMock } from '@vernkit/mock';
import { page } from 'vitest/browser';
import { createFlowKit, sample, seedUploaded } from './support/flowKit.tsx';

const STREAM = /\/thread\/stream$/;

describe('the live thread in Chromium', { timeout: 40_000 }, () => {
  beforeEach(async () => {
    await page.viewport(1000, 1200);
  });

  it('survives dropped SSE connections: every agent message shown exactly once, none missing', async () => {
    // Chromium's own fetch streaming and TextDecoder, under connections that die mid-stream.
    const mock = createVernMock({ speed: 0, apiKey: null, scenario: 'failure' });
    mock.injectFault({ type: 'sse-drop', count: 3 });
    const kit = createFlowKit({ mock });
    await seedUploaded(kit, sample('contacts-clean.csv'));
    kit.renderFlow();
    const start = await vi.waitFor(() => {
      const button = screen.getByRole('button', { name: 'Start mapping' });
      expect(button).not.toHaveAttribute('aria-disabled');
      return button;
    });
    start.click();
    // A failed run keeps the activity feed on screen with everything the agent said.
    await vi.waitFor(
      () => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The run did not finish'),
      { timeout: 20_000, interval: 100 },
    );

    const migrationId = mock.inspect().migrations[0]?.id as string;
    const truth = await kit.client.getThread(migrationId, { include: 'user' });
    const feed = screen.getByRole('region', { name: 'Agent activity' });
    // What the agent said: status lines, messages and errors, each its own line in the feed.
    const said = truth.events
      .map((e) => e.data.message ?? e.data.text)
      .filter((text): text is string => typeof text === 'string');
    expect(said.length).toBeGreaterThan(2);
    await vi.waitFor(
      () => {
        const text = feed.textContent ?? '';
        for (const line of said) {
          // Markdown is rendered, so compare on the first words.
          const head = line.replace(/[*_`#>[\]()]/g, '').slice(0, 40);
          expect(text.split(head).length - 1, head).toBe(1);
        }
        // The stream may still be reconnecting (with backoff) when the run's poll shows the failure.
      },
      { timeout: 20_000, interval: 200 },
    );
    const reconnects = kit.requests.filter((r) => STREAM.test(r.path) && r.search.includes('after='));
    expect(reconnects.length).toBeGreaterThan(0);
  });
});
