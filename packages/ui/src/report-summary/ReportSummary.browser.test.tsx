// The kit's base styles and this component's, not the whole styles.css other components are still adding to.
import '../theme/tokens.css';
import '../theme/base.css';
import '../primitives/primitives.css';
import './report-summary.css';
import { render, screen, waitFor } from '@testing-library/react';
import { createVernClient, type Report } from '@vernkit/core';
import { createVernMock, sampleFile } from '@vernkit/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { KitProvider } from '../provider/KitProvider.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { saveCsv } from './saveCsv.ts';

/** A migration driven through generate and execute on the mock, as the flow would. */
async function completedMigration() {
  const mock = createVernMock({ speed: 0, apiKey: null, scenario: 'flagged-rows' });
  const client = createVernClient({
    baseUrl: 'http://vern.test/api/v1',
    fetch: mock.fetch,
    uploadTransport: 'fetch',
  });
  const { migration } = await client.createMigration({ name: 'Acme', templates: ['contacts'] });
  const file = sampleFile('contacts.csv');
  await client.uploadFiles(migration.id, [
    {
      name: file.name,
      blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>]),
      contentType: file.contentType,
    },
  ]);
  const { run_id } = await client.startRun(migration.id, { kind: 'generate' });
  mock.settle();
  let run = await client.getRun(migration.id, run_id);
  // Ambiguous sample data makes the agent ask: take its first option, as a user might.
  for (let round = 0; run.status === 'blocked' && round < 5; round++) {
    const answers = run.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep as is' }));
    await client.answerQuestions(migration.id, run_id, answers);
    mock.settle();
    run = await client.getRun(migration.id, run_id);
  }
  expect(run.status).toBe('awaiting_approval');
  const preview = await client.getPreview(migration.id);
  await client.startRun(migration.id, { kind: 'execute' });
  mock.settle();
  run = await client.getRun(migration.id, run_id);
  if (run.status !== 'completed' || !run.report) throw new Error(`run is ${run.status}`);
  return { client, migrationId: migration.id, report: run.report as Report, templates: preview.templates };
}

// Real browser events (scrolling, focus) drive the updates here, not act(): tell React so.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

describe('ReportSummary downloads in Chromium', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns client.exportCsv into a downloaded CSV file through <a download>', async () => {
    const { client, migrationId, report, templates } = await completedMigration();
    const created: Blob[] = [];
    const clicked: Array<{ href: string; download: string }> = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return createObjectURL(blob as Blob);
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    render(
      <KitProvider>
        <ReportSummary
          report={report}
          templates={templates}
          onDownload={async (slug, filter) => saveCsv(await client.exportCsv(migrationId, slug, { filter }))}
        />
      </KitProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download All rows of Contacts as CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));

    expect(clicked[0]?.download).toMatch(/\.csv$/);
    expect(clicked[0]?.href).toMatch(/^blob:/);
    const csv = await (created[0] as Blob).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Email');
    expect(lines.length - 1).toBe(report.perSheet[0]?.rowCount);
    expect(document.querySelector('a[download]')).toBeNull();

    // The clean download leaves the flagged rows out.
    await userEvent.click(screen.getByRole('button', { name: 'Download Clean rows of Contacts as CSV' }));
    await waitFor(() => expect(created).toHaveLength(2));
    const clean = (await (created[1] as Blob).text()).trim().split(/\r?\n/);
    expect(report.invalidCellCount).toBeGreaterThan(0);
    expect(clean.length - 1).toBe((report.perSheet[0]?.rowCount ?? 0) - report.invalidCellCount);
  });
});
