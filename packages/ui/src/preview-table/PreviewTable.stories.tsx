import { PreviewSchema } from '@vernkit/core';
import { expect, fn, waitFor } from 'storybook/test';
import preview from '#.storybook/preview';
import { withKit } from '../stories/KitFrame.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { hostilePreview, largePreview, samplePreview } from './previewFixtures.ts';

const meta = preview.meta({
  component: PreviewTable,
  title: 'Components/PreviewTable',
  decorators: [withKit({ width: 980 })],
  args: { preview: samplePreview(), onSheetChange: fn(), onFlaggedOnlyChange: fn() },
});

/** Keyboard focus on an invalid cell: the bar under the grid gives its reason. */
export const Default = meta.story({
  play: async ({ canvas, canvasElement, userEvent }) => {
    const email = await canvas.findByRole('gridcell', { name: /not-an-email/ });
    const first = canvas.getAllByRole('gridcell')[0] as HTMLElement;
    await userEvent.click(first);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await expect(email).toHaveFocus();
    await expect(email).toHaveAccessibleDescription('Not a valid email address');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="preview-table-cell-detail"]')).toHaveTextContent(
        'Email, row 4not-an-emailNot a valid email address',
      ),
    );
  },
});

export const Dark = meta.story({ decorators: [withKit({ width: 980, theme: 'dark' })] });

/** A question about Status: its `relevant_columns` are highlighted and scrolled into view. */
export const QuestionColumns = meta.story({
  args: { focusColumns: ['Status'] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'data-relevant',
    );
  },
});

export const FlaggedRowsOnly = meta.story({
  args: { defaultFlaggedOnly: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('switch')).toBeChecked();
    await expect(canvas.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['4', '9', '17']);
  },
});

/** 100,000 rows × 30 columns: only what is on screen is in the DOM. */
export const Huge = meta.story({
  args: { preview: largePreview(100_000, 30) },
  play: async ({ canvas }) => {
    const grid = await canvas.findByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', '100001');
    grid.scrollTop = grid.scrollHeight;
    await waitFor(() => expect(canvas.getByRole('rowheader', { name: '100000' })).toBeInTheDocument());
    await expect(canvas.getAllByRole('row').length).toBeLessThan(45);
  },
});

export const HostileData = meta.story({
  args: { preview: hostilePreview() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script')).toBeNull();
  },
});

export const Empty = meta.story({ args: { preview: null } });

export const EmptySheet = meta.story({
  args: {
    preview: PreviewSchema.parse({
      sheets: [{ template: { slug: 'deals', name: 'Deals' }, rows: [['Name', 'Amount', 'Stage']] }],
    }),
  },
});

export const Loading = meta.story({ args: { preview: undefined, loading: true } });

export const LoadError = meta.story({
  args: { preview: undefined, error: new Error('The preview is not ready yet (404).'), onRetry: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
});

export const German = meta.story({ decorators: [withKit({ width: 980, locale: 'de-DE' })] });
