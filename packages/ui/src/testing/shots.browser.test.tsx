import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { FileDropzone } from '../file-dropzone/FileDropzone.tsx';
import { everyActionPatch, needsAttentionRun, questionsOf, sheetNames } from '../fixtures/needsAttention.ts';
import { clarifyAnswer, threadBefore } from '../fixtures/thread.ts';
import { FlaggedRowsReview } from '../flagged-rows-review/FlaggedRowsReview.tsx';
import { ProposedPatch } from '../proposed-patch/ProposedPatch.tsx';
import { RefineBox } from '../refine-box/RefineBox.tsx';
import { KitFrame } from '../stories/KitFrame.tsx';
import { shoot } from './shoot.ts';

/**
 * Real-Chromium layout checks of the decision components, light and dark, with a PNG of
 * each saved for a human to look at.
 */
describe('decision components in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(900, 1200);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`FlaggedRowsReview fits its frame and its confirm dialog traps focus (${theme})`, async () => {
      const r = render(
        <KitFrame theme={theme} width={720}>
          <FlaggedRowsReview
            needsAttention={needsAttentionRun.needs_attention}
            report={needsAttentionRun.report}
            onDecide={() => {}}
          />
        </KitFrame>,
      );
      const section = r.container.querySelector('[data-slot="flagged-rows-review"]') as HTMLElement;
      expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
      await shoot(r.container, `flagged-rows-review-${theme}`);
      await userEvent.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{Tab}');
      expect(dialog.contains(document.activeElement)).toBe(true);
      await page.screenshot({ path: `__screenshots__/apply-fix-dialog-${theme}.png` });
      await userEvent.keyboard('{Escape}');
      r.unmount();
    });
  }

  it('ProposedPatch lists every action', async () => {
    const r = render(
      <KitFrame width={640}>
        <ProposedPatch patch={everyActionPatch} questions={questionsOf} sheetNames={sheetNames} />
      </KitFrame>,
    );
    expect(r.container.querySelectorAll('[data-slot="proposed-patch-action"]')).toHaveLength(6);
    await shoot(r.container, 'proposed-patch');
  });

  it('RefineBox with an answer', async () => {
    const r = render(
      <KitFrame width={640}>
        <RefineBox events={threadBefore} onRefine={() => {}} defaultKind="clarify" />
      </KitFrame>,
    );
    await userEvent.fill(screen.getByRole('textbox', { name: 'Your question' }), 'Why are 12 rows flagged?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    r.rerender(
      <KitFrame width={640}>
        <RefineBox events={[...threadBefore, ...clarifyAnswer]} onRefine={() => {}} defaultKind="clarify" />
      </KitFrame>,
    );
    await screen.findByText('in progress', {}, { timeout: 4000 });
    await shoot(r.container, 'refine-box');
  });

  it('FileDropzone with every file state', async () => {
    const r = render(
      <KitFrame width={640}>
        <FileDropzone
          files={[
            { id: '1', name: 'contacts.csv', size: 1_200_000, status: 'done' },
            {
              id: '2',
              name: 'companies.xlsx',
              size: 4_800_000,
              status: 'uploading',
              loaded: 2_000_000,
              total: 4_800_000,
            },
            { id: '3', name: 'photo.png', size: 300_000, status: 'rejected', rejection: 'type' },
            {
              id: '4',
              name: 'deals.csv',
              size: 800_000,
              status: 'error',
              error: 'Storage did not accept the file.',
            },
          ]}
        />
      </KitFrame>,
    );
    const name = r.container.querySelector('[data-slot="file-dropzone-name"]') as HTMLElement;
    expect(name.getBoundingClientRect().height).toBeLessThan(30);
    await shoot(r.container, 'file-dropzone');
  });
});
