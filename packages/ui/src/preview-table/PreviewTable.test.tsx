import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PreviewSchema } from '@vernkit/core';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { withJsdomViewport } from '../testing/jsdomViewport.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { hostilePreview, samplePreview } from './previewFixtures.ts';

withJsdomViewport({ clientHeight: 400, clientWidth: 900 });

const renderTable = (ui: React.ReactElement, locale?: string) =>
  render(<KitProvider locale={locale}>{ui}</KitProvider>);

describe('PreviewTable', () => {
  it('shows one tab per sheet with its name, row count and flagged rows', () => {
    renderTable(<PreviewTable preview={samplePreview()} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Contacts240 rows3 rows flagged',
      'Companies6 rows1 row flagged',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('grid', { name: 'Contacts preview' })).toHaveAttribute('aria-rowcount', '241');
  });

  it('opens on the first sheet that has rows, also when the preview arrives after the first render', () => {
    const preview = PreviewSchema.parse({
      sheets: [
        { template: { slug: 'companies', name: 'Companies' }, rows: [['Name']], invalid_cells: [] },
        {
          template: { slug: 'contacts', name: 'Contacts' },
          rows: [['Email'], ['a@b.co']],
          invalid_cells: [],
        },
      ],
    });
    const { rerender } = renderTable(<PreviewTable preview={undefined} loading />);
    rerender(
      <KitProvider>
        <PreviewTable preview={preview} />
      </KitProvider>,
    );
    expect(screen.getByRole('tab', { name: /Contacts/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: /Companies/ })).toHaveAttribute('aria-selected', 'false');
  });

  it('switches sheets and reports the change', async () => {
    const onSheetChange = vi.fn();
    renderTable(<PreviewTable preview={samplePreview()} onSheetChange={onSheetChange} />);
    await userEvent.click(screen.getByRole('tab', { name: /Companies/ }));
    expect(onSheetChange).toHaveBeenCalledWith('companies');
    const grid = screen.getByRole('grid', { name: 'Companies preview' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Row', 'Name', 'Domain', 'Employees11 invalid cell', 'Industry']);
  });

  it('filters to flagged rows, keeping their original row numbers', async () => {
    const onFlaggedOnlyChange = vi.fn();
    renderTable(<PreviewTable preview={samplePreview()} onFlaggedOnlyChange={onFlaggedOnlyChange} />);
    const filter = screen.getByRole('switch', { name: /Show flagged rows only/ });
    expect(filter).toHaveAccessibleName('Show flagged rows only3 flagged rows of 240 rows');
    await userEvent.click(filter);
    expect(onFlaggedOnlyChange).toHaveBeenCalledWith(true);
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['4', '9', '17']);
  });

  it('disables the filter on a sheet without flagged rows', () => {
    const preview = PreviewSchema.parse({
      sheets: [{ template: { slug: 'a', name: 'A' }, rows: [['X'], ['1']], invalid_cells: [] }],
    });
    renderTable(<PreviewTable preview={preview} />);
    expect(screen.getByRole('switch')).toBeDisabled();
  });

  it('marks invalid cells with a named icon and leaves valid cells plain', () => {
    // Flagged rows only, so every invalid cell is within the rendered rows (the virtualizer
    // renders a screenful and a few rows of overscan).
    renderTable(<PreviewTable preview={samplePreview()} defaultFlaggedOnly />);
    const invalid = screen.getAllByRole('gridcell').filter((c) => c.hasAttribute('data-invalid'));
    expect(invalid.map((c) => c.textContent)).toEqual([
      'not-an-emailInvalid value',
      'ArchivedInvalid value',
      'LostInvalid value',
      '12Invalid value',
    ]);
    expect(invalid.map((c) => c.getAttribute('aria-description'))).toEqual([
      'Not a valid email address',
      "'Archived' is not one of Open, Closed, Pending",
      "'Lost' is not one of Open, Closed, Pending",
      'Too short for a phone number',
    ]);
    expect(invalid[0]).toHaveAccessibleDescription('Not a valid email address');
    // Row 4 is flagged for its email only; its first name is valid.
    expect(screen.getAllByRole('gridcell').find((c) => c.textContent === 'Lukas')).not.toHaveAttribute(
      'data-invalid',
    );
  });

  it('highlights the question’s relevant columns and opens the sheet that has them', () => {
    renderTable(<PreviewTable preview={samplePreview()} focusColumns={['employees']} />);
    expect(screen.getByRole('tab', { name: /Companies/ })).toHaveAttribute('aria-selected', 'true');
    const header = screen.getByRole('columnheader', { name: /Employees/ });
    expect(header).toHaveAttribute('data-relevant');
    expect(header).toHaveAccessibleDescription('Relevant to the question');
  });

  it('keeps one cell in the tab order and announces the active cell on keyboard moves', async () => {
    renderTable(<PreviewTable preview={samplePreview()} />);
    const focusable = screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(focusable[0]);
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('John');
    expect(screen.getByRole('status')).toHaveTextContent('First Name, row 2');
    const detail = document.querySelector('[data-slot="preview-table-cell-detail"]');
    expect(detail).toHaveTextContent('First Name, row 2John');
    expect(detail).not.toHaveAttribute('aria-live');
  });

  it('shows empty, loading and error states', async () => {
    const onRetry = vi.fn();
    const { rerender } = renderTable(<PreviewTable preview={null} />);
    expect(screen.getByText('Nothing to preview yet')).toBeInTheDocument();
    rerender(
      <KitProvider>
        <PreviewTable preview={undefined} loading />
      </KitProvider>,
    );
    expect(screen.getByRole('status', { name: 'Loading the preview…' })).toBeInTheDocument();
    rerender(
      <KitProvider>
        <PreviewTable preview={undefined} error={new Error('Rate limited')} onRetry={onRetry} />
      </KitProvider>,
    );
    expect(screen.getByText('Rate limited')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says so when a sheet has a header and no rows', () => {
    const preview = PreviewSchema.parse({ sheets: [{ template: { name: 'Deals' }, rows: [['Amount']] }] });
    renderTable(<PreviewTable preview={preview} />);
    expect(screen.getByText('This sheet has no rows.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('renders hostile values as inert, visible text', () => {
    const { container } = renderTable(<PreviewTable preview={hostilePreview()} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('tab')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByText('invoice[U+202E]fdp.exe')).toBeInTheDocument();
    const long = screen.getAllByRole('gridcell').find((c) => c.textContent?.startsWith('xxxx'));
    expect(long?.textContent?.length).toBeLessThan(300);
  });

  it('speaks German with a German locale', () => {
    renderTable(<PreviewTable preview={samplePreview()} />, 'de-DE');
    expect(screen.getByRole('switch', { name: /Nur markierte Zeilen anzeigen/ })).toBeInTheDocument();
    expect(screen.getAllByRole('tab')[0]).toHaveTextContent('240 Zeilen');
  });

  it('merges className on the root and classNames on any part by data-slot', () => {
    const { container } = renderTable(
      <PreviewTable
        preview={samplePreview()}
        className="host-root"
        classNames={{ 'preview-table-cell': 'host-cell', 'preview-table-tab': 'host-tab' }}
      />,
    );
    const root = container.querySelector('[data-slot="preview-table"]');
    expect(root).toHaveClass('vk-preview-table', 'host-root');
    expect(screen.getAllByRole('gridcell').every((c) => c.classList.contains('host-cell'))).toBe(true);
    expect(screen.getAllByRole('tab')[0]).toHaveClass('host-tab');
  });

  it('has no axe violations in its main states', async () => {
    const { container, rerender } = renderTable(
      <PreviewTable preview={samplePreview()} focusColumns={['Status']} />,
    );
    await expectNoAxeViolations(container);
    rerender(
      <KitProvider>
        <PreviewTable preview={null} />
      </KitProvider>,
    );
    await expectNoAxeViolations(container);
    rerender(
      <KitProvider>
        <PreviewTable preview={undefined} loading />
      </KitProvider>,
    );
    await expectNoAxeViolations(container);
  });
});
