import type { Report } from '@vernkit/core';
import { useVernClient } from '@vernkit/react';
import { useState } from 'react';

/** The finished import and its clean CSV. */
export function ImportReport({
  companyId,
  report,
  onRestart,
}: {
  companyId: string;
  report: Report | null;
  onRestart: () => void;
}) {
  const client = useVernClient();
  const [error, setError] = useState<string | null>(null);
  const sheets = report?.perSheet ?? [];

  async function download(sheetId: string | undefined) {
    try {
      const csv = await client.exportImportCsv(companyId, {
        ...(sheetId ? { sheet_id: sheetId } : {}),
        filter: 'valid',
      });
      const url = URL.createObjectURL(await new Response(csv.body).blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: csv.filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Download failed');
    }
  }

  return (
    <section className="card" aria-labelledby="import-report-title">
      <h2 id="import-report-title">Import complete</h2>
      {report && (
        <dl className="stats">
          <div>
            <dt>Rows imported</dt>
            <dd>{report.inserted.toLocaleString()}</dd>
          </div>
          <div>
            <dt>Rows still flagged</dt>
            <dd>{report.invalidCellCount.toLocaleString()}</dd>
          </div>
        </dl>
      )}
      <div className="actions">
        {sheets.map((sheet) => (
          <button
            key={sheet.sheetId ?? sheet.templateName}
            type="button"
            className="button"
            onClick={() => download(sheet.sheetId)}
          >
            Download {sheet.templateName} (CSV)
          </button>
        ))}
        <span className="actions__spacer" />
        <button type="button" className="button button--ghost" onClick={onRestart}>
          Import another file
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
