// The kit's base styles and this component's, not the whole styles.css other components are still adding to.
import '../theme/tokens.css';
import '../theme/base.css';
import '../primitives/primitives.css';
import './preview-table.css';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { KitProvider } from '../provider/KitProvider.tsx';
import { shoot } from '../testing/shoot.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { largePreview, samplePreview } from './previewFixtures.ts';

function frame() {
  return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

async function until<T>(read: () => T | null | undefined, frames = 60): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const value = read();
    if (value) return value;
    await frame();
  }
  throw new Error('condition not met');
}

/** As in the stories: the kit's own background, a host page's width. */
const FRAME = { width: 980, padding: 24, background: 'var(--vk-color-bg)' };

// Real browser events (scrolling, focus) drive the updates here, not act(): tell React so.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

describe('PreviewTable in Chromium', () => {
  it('scrolls a 100,000 × 30 sheet to the bottom with only a screenful of rows in the DOM', async () => {
    const preview = largePreview(100_000, 30);
    const { container } = render(
      <KitProvider>
        <div style={{ width: 900 }}>
          <PreviewTable preview={preview} />
        </div>
      </KitProvider>,
    );
    const viewport = await until(() => container.querySelector<HTMLElement>('[role="grid"]'));
    expect(viewport.getAttribute('aria-rowcount')).toBe('100001');
    viewport.scrollTop = viewport.scrollHeight;
    const last = await until(() => container.querySelector('[role="row"][aria-rowindex="100001"]'));
    expect(last.querySelector('[role="rowheader"]')?.textContent).toBe('100000');
    const rows = container.querySelectorAll('[data-slot="preview-table-row"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    const cells = container.querySelectorAll('[data-slot="preview-table-cell"]');
    expect(cells.length).toBeLessThan(40 * 12);

    viewport.scrollLeft = viewport.scrollWidth;
    await until(() => container.querySelector('[role="columnheader"][aria-colindex="31"]'));
    // The far-left columns left the DOM; only the active cell's column (the first) stays pinned.
    expect(container.querySelector('[role="columnheader"][aria-colindex="3"]')).toBeNull();
    expect(container.querySelectorAll('[role="columnheader"]').length).toBeLessThan(14);
  });

  it('reuses the row elements that scrolled away for the rows that scrolled in, keeping the focused one', async () => {
    const { container } = render(
      <KitProvider>
        <div style={{ width: 900 }}>
          <PreviewTable preview={largePreview(10_000, 12)} height={400} />
        </div>
      </KitProvider>,
    );
    const viewport = await until(() => container.querySelector<HTMLElement>('[role="grid"]'));
    const first = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="preview-table-cell"][data-row="0"][data-column="0"]'),
    );
    first.focus();
    await frame();
    const rowsBefore = [...container.querySelectorAll('[data-slot="preview-table-row"]')];

    viewport.scrollTop = 5_000 * 36;
    await until(() => container.querySelector('[role="row"][aria-rowindex="5002"]'));
    const rowsAfter = [...container.querySelectorAll('[data-slot="preview-table-row"]')];
    // No row element was thrown away: each one now shows another row (the range also grew by
    // the overscan above it, hence a few more rows).
    expect(rowsBefore.every((row) => row.isConnected)).toBe(true);
    expect(rowsAfter.length).toBeGreaterThanOrEqual(rowsBefore.length);
    expect(rowsBefore.some((row) => row.getAttribute('aria-rowindex') === '5002')).toBe(true);
    // DOM order stays row order, and the focused cell (pinned in) kept its element and focus.
    const indexes = rowsAfter.map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(first.isConnected).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(first.dataset.row).toBe('0');
  });

  it('moves focus through the grid with the ARIA grid keys and keeps the active cell rendered', async () => {
    const { container } = render(
      <KitProvider>
        <div style={{ width: 700 }}>
          <PreviewTable preview={largePreview(5_000, 12)} />
        </div>
      </KitProvider>,
    );
    const first = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="preview-table-cell"][data-row="0"][data-column="0"]'),
    );
    expect(first.tabIndex).toBe(0);
    await userEvent.click(first);
    expect(document.activeElement).toBe(first);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    const position = () => {
      const el = document.activeElement as HTMLElement;
      return [Number(el.dataset.row), Number(el.dataset.column)];
    };
    expect(position()).toEqual([2, 1]);
    await userEvent.keyboard('{End}');
    expect(position()).toEqual([2, 11]);
    await userEvent.keyboard('{Home}');
    expect(position()).toEqual([2, 0]);
    await userEvent.keyboard('{PageDown}');
    const [paged] = position();
    expect(paged).toBeGreaterThan(5);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(position()).toEqual([4999, 11]);
    await frame();
    const active = document.activeElement as HTMLElement;
    const viewport = container.querySelector<HTMLElement>('[role="grid"]') as HTMLElement;
    const cellBox = active.getBoundingClientRect();
    const box = viewport.getBoundingClientRect();
    expect(cellBox.bottom).toBeLessThanOrEqual(box.bottom + 1);
    expect(cellBox.right).toBeLessThanOrEqual(box.right + 1);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(position()).toEqual([0, 0]);
    // Only one cell is in the tab order: roving tabindex.
    expect(container.querySelectorAll('[data-slot="preview-table-cell"][tabindex="0"]')).toHaveLength(1);
  });

  it('shows the focused invalid cell’s reason in the detail bar, describes the cell with it and announces it, light and dark', async () => {
    await page.viewport(1040, 640);
    for (const theme of ['light', 'dark'] as const) {
      const { container, unmount } = render(
        <KitProvider appearance={{ theme }} style={FRAME}>
          <PreviewTable preview={samplePreview()} />
        </KitProvider>,
      );
      const detail = () => container.querySelector<HTMLElement>('[data-slot="preview-table-cell-detail"]');
      const first = await until(() =>
        container.querySelector<HTMLElement>(
          '[data-slot="preview-table-cell"][data-row="0"][data-column="0"]',
        ),
      );
      first.focus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
      const active = document.activeElement as HTMLElement;
      expect(active.textContent).toBe('not-an-emailInvalid value');
      expect(active.getAttribute('aria-description')).toBe('Not a valid email address');
      await until(() => detail()?.hasAttribute('data-invalid'));
      expect(detail()?.textContent).toBe('Email, row 4not-an-emailNot a valid email address');
      expect(detail()?.dataset.state).toBe('active');
      const status = container.querySelector('[role="status"][aria-live="polite"]');
      expect(status?.textContent).toBe('Email, row 4. Invalid: Not a valid email address');
      // The bar sits under the grid, in the kit's flow: nothing floats over the cells.
      const grid = container.querySelector<HTMLElement>('[role="grid"]') as HTMLElement;
      expect(detail()?.getBoundingClientRect().top).toBeGreaterThanOrEqual(
        grid.getBoundingClientRect().bottom,
      );
      await shoot(container, `preview-table-invalid-focused-${theme}`);

      await userEvent.keyboard('{ArrowDown}');
      await until(() => !detail()?.hasAttribute('data-invalid'));
      expect(detail()?.textContent).toBe('Email, row 5mei.novák4@example.com');
      expect(status?.textContent).toBe('Email, row 5');
      unmount();
    }
  });

  it('shows the cell under the mouse in the detail bar, and the active cell again once the mouse leaves or a key moves', async () => {
    await page.viewport(1040, 640);
    const { container } = render(
      <KitProvider style={FRAME}>
        <PreviewTable preview={samplePreview()} />
      </KitProvider>,
    );
    const detail = () => container.querySelector<HTMLElement>('[data-slot="preview-table-cell-detail"]');
    const first = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="preview-table-cell"][data-row="0"][data-column="0"]'),
    );
    const archived = await until(() =>
      container.querySelector<HTMLElement>('[data-slot="preview-table-cell"][data-row="8"][data-column="4"]'),
    );
    await userEvent.hover(archived);
    await until(() => detail()?.dataset.state === 'hover');
    expect(detail()?.textContent).toBe("Status, row 9Archived'Archived' is not one of Open, Closed, Pending");
    await shoot(container, 'preview-table-invalid-hovered');

    // Out of the grid, onto the filter above it.
    await userEvent.hover(container.querySelector('[data-slot="preview-table-filter-label"]') as HTMLElement);
    await until(() => detail()?.dataset.state === 'active');
    expect(detail()?.textContent).toBe('Email, row 1jane.doe0@example.com');

    await userEvent.hover(archived);
    await until(() => detail()?.dataset.state === 'hover');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => detail()?.dataset.state === 'active');
    expect(detail()?.textContent).toBe('First Name, row 1Jane');
  });
});
