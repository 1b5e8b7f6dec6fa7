import type { MigrationFlow } from '@vernkit/react';
import { type ChangeEvent, useEffect, useState } from 'react';
import { SampleFiles } from '../samples/SampleFiles.tsx';

/** Pick files (or a sample), upload them, and start the agent: one action for the customer. */
export function HeadlessFiles({ flow }: { flow: MigrationFlow }) {
  const busy = flow.pending !== null || !flow.migrationId;
  // Generate once the flow has re-rendered out of the upload: actions check the rendered step.
  const [generateNext, setGenerateNext] = useState(false);
  useEffect(() => {
    if (!generateNext || !flow.can('generate')) return;
    setGenerateNext(false);
    void flow.generate();
  }, [generateNext, flow]);

  async function start(files: File[]) {
    if (files.length === 0) return;
    const uploaded = await flow.upload(files);
    if (uploaded.ok) setGenerateNext(true);
  }

  return (
    <div className="stack">
      <div className="card">
        <h2>Bring your data over</h2>
        <p className="muted">
          CSV or Excel exports from your old CRM. We map them to your Acme fields and clean them up.
        </p>
        <label className="file-pick" data-disabled={busy ? '' : undefined}>
          <span className="button button--primary">Choose files</span>
          <span className="muted">.csv, .xlsx</span>
          <input
            className="visually-hidden"
            type="file"
            multiple
            accept=".csv,.xlsx,.xls,text/csv"
            disabled={busy}
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              void start(files);
            }}
          />
        </label>
        {flow.uploads.length > 0 && (
          <ul className="uploads" aria-label="Uploads">
            {flow.uploads.map((u) => (
              <li key={u.name}>
                <span>{u.name}</span>
                <progress max={u.total || 1} value={u.loaded} aria-label={`${u.name} upload`} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <SampleFiles onUse={(file) => void start([file])} disabled={busy} />
    </div>
  );
}
