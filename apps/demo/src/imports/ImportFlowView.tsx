import { type ImportFlow, useImportFlow } from '@vernkit/react';
import { useEffect, useState } from 'react';
import { SampleFiles } from '../samples/SampleFiles.tsx';
import { sampleAsFile } from '../samples/sampleFiles.ts';
import { FlaggedRows } from './FlaggedRows.tsx';
import { ImportReport } from './ImportReport.tsx';

/** Contacts link to their company: imported together, their Account values resolve. */
const SAMPLE_PAIR = ['contacts.csv', 'companies.xlsx'] as const;

function progressMessage(run: ImportFlow['run']): string | null {
  return run && 'message' in run && typeof run.message === 'string' && run.message ? run.message : null;
}

export function ImportFlowView({ companyId }: { companyId: string }) {
  const flow = useImportFlow({ companyId });
  // Start once the flow has re-rendered out of the upload: actions check the rendered step.
  const [startNext, setStartNext] = useState(false);
  useEffect(() => {
    if (!startNext || !flow.can('start')) return;
    setStartNext(false);
    void flow.start();
  }, [startNext, flow]);

  async function importFiles(files: File[]) {
    const uploaded = await flow.upload(files);
    if (uploaded.ok) setStartNext(true);
  }

  return (
    <div className="stack">
      {flow.error && (
        <p className="banner banner--danger" role="alert">
          {flow.error.message}
        </p>
      )}
      {flow.step === 'files' && (
        <>
          <div className="card">
            <h2>Import contacts and companies</h2>
            <p className="muted">
              Rows that fail validation are not imported blindly: the import pauses and proposes a fix for you
              to review.
            </p>
            <div className="actions">
              <button
                type="button"
                className="button button--primary"
                disabled={flow.pending !== null}
                onClick={() => void importFiles(SAMPLE_PAIR.map(sampleAsFile))}
              >
                Import the sample export
              </button>
              <label className="button" data-disabled={flow.pending !== null ? '' : undefined}>
                Choose your own files
                <input
                  className="visually-hidden"
                  type="file"
                  multiple
                  accept=".csv,.xlsx,.xls,text/csv"
                  disabled={flow.pending !== null}
                  onChange={(e) => {
                    const files = Array.from(e.target.files ?? []);
                    e.target.value = '';
                    if (files.length) void importFiles(files);
                  }}
                />
              </label>
            </div>
            <p className="muted">
              The sample export is {SAMPLE_PAIR.join(' and ')}: contacts that point at their companies.
            </p>
          </div>
          <SampleFiles only={SAMPLE_PAIR} />
        </>
      )}
      {flow.step === 'importing' && (
        <section className="activity" aria-labelledby="importing-title">
          <h2 id="importing-title">
            <span className="spinner" aria-hidden="true" /> Importing
          </h2>
          <p role="status">{progressMessage(flow.run) ?? 'Working…'}</p>
        </section>
      )}
      {flow.step === 'needs_attention' && <FlaggedRows flow={flow} />}
      {flow.step === 'completed' && (
        <ImportReport companyId={companyId} report={flow.report} onRestart={() => flow.reset()} />
      )}
      {(flow.step === 'failed' || flow.step === 'canceled') && (
        <div className="card">
          <h2>The import did not complete</h2>
          {flow.run?.status === 'failed' && flow.run.error && <p>{flow.run.error}</p>}
          <button type="button" className="button" onClick={() => flow.reset()}>
            Start over
          </button>
        </div>
      )}
    </div>
  );
}
