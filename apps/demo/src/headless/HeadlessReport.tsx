import type { Migration, Report } from '@vernkit/core';
import { useVernClient } from '@vernkit/react';
import { useState } from 'react';
import { downloadCsv } from './downloadCsv.ts';

export function HeadlessReport({
  report,
  migration,
  migrationId,
  onRestart,
}: {
  report: Report;
  migration: Migration | null;
  migrationId: string;
  onRestart: () => void;
}) {
  const client = useVernClient();
  const [error, setError] = useState<string | null>(null);
  const templates = migration?.templates ?? [];
  const download = (slug: string, filter: 'valid' | 'all') =>
    downloadCsv(client, migrationId, slug, filter).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : 'Download failed'),
    );

  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">Import complete</h2>
      <dl className="stats">
        <div>
          <dt>Rows imported</dt>
          <dd>{report.inserted.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Rows still flagged</dt>
          <dd>{report.invalidCellCount.toLocaleString()}</dd>
        </div>
        {report.perSheet.map((sheet) => (
          <div key={sheet.sheetId ?? sheet.templateName}>
            <dt>{sheet.templateName}</dt>
            <dd>{sheet.rowCount.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        {templates
          .filter((t): t is typeof t & { slug: string } => typeof t.slug === 'string')
          .map((t) => (
            <button key={t.slug} type="button" className="button" onClick={() => download(t.slug, 'valid')}>
              Download {t.name} (CSV)
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
