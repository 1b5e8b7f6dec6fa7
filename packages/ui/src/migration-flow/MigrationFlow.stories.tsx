import type { ScenarioName } from '@vernkit/mock';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { createFlowKit, csvFile, FlowKitClientProvider, MESSY_CONTACTS_CSV } from './flowTestKit.tsx';
import { MigrationFlow } from './MigrationFlow.tsx';
import type { MigrationFlowRenderStep } from './stepContext.ts';

/**
 * The whole journey live against `@vernkit/mock` (in the page, no network): each story gets
 * a fresh mock with its scenario. Drop `contacts.csv`-like files, or use the play functions.
 */
interface LiveFlowProps {
  scenario: ScenarioName;
  /** The mock's time factor: 0 instant, 1 a few seconds per phase. */
  speed?: number;
  stepper?: boolean;
  renderStep?: MigrationFlowRenderStep;
}

function LiveFlow({ scenario, speed = 0.5, ...props }: LiveFlowProps) {
  const [kit] = useState(() => createFlowKit({ scenario, speed }));
  return (
    <FlowKitClientProvider kit={kit}>
      <MigrationFlow
        create={{ name: 'Acme Inc.', external_id: `story-${scenario}`, templates: ['contacts'] }}
        storage={kit.storage}
        {...props}
      />
    </FlowKitClientProvider>
  );
}

const meta = preview.meta({
  component: LiveFlow,
  title: 'Flows/MigrationFlow',
  decorators: [withKit({ width: 920 })],
  args: { scenario: 'happy' as const },
});

function addFile(canvasElement: HTMLElement, text?: string) {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(csvFile(text));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const HappyPath = meta.story({
  args: { speed: 0 },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('heading', { name: 'Upload your data' });
    addFile(canvasElement);
    const start = canvas.getByRole('button', { name: 'Start mapping' });
    await waitFor(() => expect(start).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(start);
    const review = await canvas.findByRole('heading', { name: 'Review your data' }, { timeout: 15_000 });
    await expect(review).toHaveFocus();
    await expect(await canvas.findByRole('grid', {}, { timeout: 10_000 })).toBeInTheDocument();
  },
});

export const AgentAsks = meta.story({
  args: { scenario: 'question' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('heading', { name: 'Upload your data' });
    addFile(canvasElement, MESSY_CONTACTS_CSV);
    const start = canvas.getByRole('button', { name: 'Start mapping' });
    await waitFor(() => expect(start).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(start);
  },
});

export const NeedsCredentials = meta.story({ args: { scenario: 'credentials' } });

export const RunFails = meta.story({ args: { scenario: 'failure' } });

export const FlaggedRows = meta.story({ args: { scenario: 'flagged-rows' } });

export const SlowAndRetrying = meta.story({ args: { scenario: 'slow' } });

export const WithoutStepper = meta.story({ args: { stepper: false } });

/** A step replaced by the host, wrapping the kit's own content. */
export const CustomUploadStep = meta.story({
  args: {
    renderStep: {
      files: ({ defaultContent }) => (
        <div style={{ display: 'grid', gap: 12 }}>
          <p style={{ margin: 0 }}>Tip: export “All contacts” from your old CRM as CSV first.</p>
          {defaultContent}
        </div>
      ),
    },
  },
});

export const Dark = meta.story({ decorators: [withKit({ width: 920, theme: 'dark' })] });

export const German = meta.story({ decorators: [withKit({ width: 920, locale: 'de-DE' })] });
