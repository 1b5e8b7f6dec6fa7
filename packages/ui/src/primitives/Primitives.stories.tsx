import { expect, screen } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { Alert } from './Alert.tsx';
import { Badge } from './Badge.tsx';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { TextField } from './TextField.tsx';

function Gallery() {
  return (
    <div style={{ display: 'grid', gap: 20 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button variant="primary">Approve</Button>
        <Button variant="secondary">Let me decide</Button>
        <Button variant="ghost">Skip</Button>
        <Button variant="danger">Delete rows</Button>
        <Button variant="primary" pending>
          Sending
        </Button>
        <Button variant="secondary" size="sm">
          Small
        </Button>
      </div>
      <div style={{ display: 'flex', gap: 8 }}>
        <Badge>Queued</Badge>
        <Badge tone="primary">Running</Badge>
        <Badge tone="success">Completed</Badge>
        <Badge tone="warning">Needs attention</Badge>
        <Badge tone="danger">Failed</Badge>
      </div>
      <TextField label="Company email" description="We send the report here." placeholder="you@example.com" />
      <TextField label="API key" required error="Enter the key from your Salesforce settings." />
      <Alert tone="danger" title="The answer was not accepted">
        The run is no longer waiting for an answer.
      </Alert>
      <Alert tone="warning">2 actions remove rows.</Alert>
      <ConfirmDialog
        trigger={<Button variant="danger">Open confirm dialog</Button>}
        title="Remove 12 rows?"
        description="Rows whose Email is invalid are dropped from this import."
        confirmLabel="Remove 12 rows"
        tone="danger"
        onConfirm={() => {}}
      />
    </div>
  );
}

const meta = preview.meta({
  component: Gallery,
  title: 'Foundation/Primitives',
  decorators: [withKit()],
});

export const Light = meta.story({});

export const Dark = meta.story({ decorators: [withKit({ theme: 'dark' })] });

export const ConfirmFlow = meta.story({
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open confirm dialog' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 12 rows?' });
    await expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(dialog.closest('.vk-root')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(screen.queryByRole('alertdialog')).toBeNull();
  },
});
