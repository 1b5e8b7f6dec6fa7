import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportSchema } from '@vernkit/core';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { ReportSummary } from './ReportSummary.tsx';
import { sampleReport, sampleTemplates } from './reportFixtures.ts';

const withKit = (ui: React.ReactElement, locale?: string) => <KitProvider locale={locale}>{ui}</KitProvider>;

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ReportSummary', () => {
  it('shows rows imported, rows still flagged and sheets, with locale digits', () => {
    render(withKit(<ReportSummary report={sampleReport()} templates={sampleTemplates} />));
    const stats = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(stats).toEqual(['1,450', '12', '2']);
    expect(screen.getByRole('heading', { level: 2, name: 'Import complete' })).toBeInTheDocument();
  });

  it('says flagged rows are rows, not cells, and that the clean download leaves them out', () => {
    render(withKit(<ReportSummary report={sampleReport()} />));
    expect(
      screen.getByText(/This counts rows, not cells\. The clean download leaves these rows out\./),
    ).toBeInTheDocument();
  });

  it('says every row passed when nothing is flagged, and offers no flagged download', () => {
    render(
      withKit(
        <ReportSummary
          report={sampleReport({ invalidCellCount: 0 })}
          templates={sampleTemplates}
          onDownload={() => {}}
        />,
      ),
    );
    expect(screen.getByText('Every imported row passed validation.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Flagged rows/ })).toBeNull();
  });

  it('downloads each sheet by template slug and filter', async () => {
    const onDownload = vi.fn().mockResolvedValue(undefined);
    render(
      withKit(<ReportSummary report={sampleReport()} templates={sampleTemplates} onDownload={onDownload} />),
    );
    const sheets = screen.getAllByRole('listitem');
    expect(
      sheets.map((s) =>
        within(s)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ),
    ).toEqual([
      ['Clean rows', 'All rows', 'Flagged rows'],
      ['Clean rows', 'All rows', 'Flagged rows'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Download Flagged rows of Companies as CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download Clean rows of Contacts as CSV' }));
    expect(onDownload.mock.calls).toEqual([
      ['companies', 'invalid'],
      ['contacts', 'valid'],
    ]);
  });

  it('keeps a download pending until it settles and sends it once however often it is clicked', async () => {
    const pending = deferred();
    const onDownload = vi.fn(() => pending.promise);
    render(
      withKit(<ReportSummary report={sampleReport()} templates={sampleTemplates} onDownload={onDownload} />),
    );
    const button = screen.getByRole('button', { name: 'Download All rows of Contacts as CSV' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(onDownload).toHaveBeenCalledTimes(1);
    pending.resolve();
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
  });

  it('shows a failed download beside its sheet and lets the user try again', async () => {
    const onDownload = vi
      .fn()
      .mockRejectedValueOnce(new Error('Rate limit hit'))
      .mockResolvedValueOnce(undefined);
    render(
      withKit(<ReportSummary report={sampleReport()} templates={sampleTemplates} onDownload={onDownload} />),
    );
    const button = screen.getByRole('button', { name: 'Download Clean rows of Companies as CSV' });
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Companies: the download did not start. Rate limit hit');
    expect(alert.closest('li')).toHaveTextContent('Companies');
    await userEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onDownload).toHaveBeenCalledTimes(2);
  });

  it('offers no download for a sheet it cannot address by slug', () => {
    render(
      withKit(
        <ReportSummary
          report={sampleReport()}
          templates={[{ slug: 'contacts', name: 'contacts ' }]}
          onDownload={() => {}}
        />,
      ),
    );
    const [contacts, companies] = screen.getAllByRole('listitem');
    expect(within(contacts as HTMLElement).getAllByRole('button')).toHaveLength(3);
    expect(within(companies as HTMLElement).queryAllByRole('button')).toHaveLength(0);
  });

  it('profiles coverage, calling out lost and never-filled columns first', async () => {
    render(withKit(<ReportSummary report={sampleReport()} />));
    expect(screen.getByText('1 column lost most of its values: Contacts · Phone.')).toBeInTheDocument();
    expect(
      screen.getByText('1 column stayed empty because nothing in your files matched it: Contacts · Owner.'),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.slice(0, 3).map((r) => r.getAttribute('data-state'))).toEqual(['lost', 'unfilled', 'ok']);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'Contacts · PhoneMostly empty after import',
    );
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['91% filled', '7% filled']);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Contacts · OwnerEmpty');
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('No source column');
  });

  it('shows the first columns and the rest on request', async () => {
    render(withKit(<ReportSummary report={sampleReport()} />));
    const visibleRows = () =>
      screen.getAllByRole('row').filter((r) => r.closest('tbody') && !r.closest('[hidden]'));
    expect(visibleRows()).toHaveLength(8);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 10 columns' }));
    expect(visibleRows()).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Show fewer columns' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('discloses the rest by keyboard, naming the rows it controls, and collapses them again', async () => {
    render(withKit(<ReportSummary report={sampleReport()} />));
    const toggle = screen.getByRole('button', { name: 'Show all 10 columns' });
    const rest = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(rest?.tagName).toBe('TBODY');
    expect(rest).not.toBeVisible();
    expect([toggle.getAttribute('aria-expanded'), toggle.dataset.state, rest?.dataset.state]).toEqual([
      'false',
      'closed',
      'closed',
    ]);

    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(rest).toBeVisible();
    expect(within(rest as HTMLElement).getAllByRole('row')).toHaveLength(2);
    expect([toggle.getAttribute('aria-expanded'), toggle.dataset.state, rest?.dataset.state]).toEqual([
      'true',
      'open',
      'open',
    ]);
    expect(toggle).toHaveFocus();

    await userEvent.keyboard(' ');
    expect(toggle).toHaveAccessibleName('Show all 10 columns');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(rest).not.toBeVisible();
  });

  it('offers no toggle when every column fits', () => {
    const report = sampleReport();
    const columns = (report.coverage as { columns: unknown[] }).columns.slice(0, 8);
    render(withKit(<ReportSummary report={{ ...report, coverage: { columns } }} />));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(9);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });

  it('omits coverage when the run had no profile', () => {
    render(withKit(<ReportSummary report={ReportSchema.parse({ inserted: 3, coverage: null })} />));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks German with German numbers', () => {
    render(
      withKit(
        <ReportSummary report={sampleReport()} templates={sampleTemplates} onDownload={() => {}} />,
        'de-DE',
      ),
    );
    expect(screen.getByText('Import abgeschlossen')).toBeInTheDocument();
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('1.450');
    expect(screen.getAllByRole('button', { name: /Bereinigte Zeilen/ })).toHaveLength(2);
  });

  it('has no axe violations', async () => {
    const { container } = render(
      withKit(<ReportSummary report={sampleReport()} templates={sampleTemplates} onDownload={() => {}} />),
    );
    await expectNoAxeViolations(container);
  });
});
