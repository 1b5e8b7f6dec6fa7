import type { Preview } from '@vernkit/core';
import type { MigrationFlow } from '@vernkit/react';
import { type FormEvent, useState } from 'react';

const SHOWN_ROWS = 8;

/** A compact read of the preview in host markup: the first rows of each sheet, invalid cells marked. */
function SheetPreview({ sheet }: { sheet: Preview['sheets'][number] }) {
  const [header = [], ...rows] = sheet.rows;
  const invalid = new Map(sheet.invalid_cells.map((c) => [`${c.row}:${c.columnIndex}`, c.error]));
  const flaggedRows = new Set(sheet.invalid_cells.map((c) => c.row)).size;
  return (
    <section className="sheet" aria-label={`${sheet.template.name} preview`}>
      <h3>
        {sheet.template.name}{' '}
        <span className="muted">
          {rows.length} rows{flaggedRows > 0 ? `, ${flaggedRows} flagged` : ''}
        </span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">Nothing from your files landed in this sheet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {header.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: header cells are positional
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                <tr key={r}>
                  {row.map((cell, c) => {
                    const error = invalid.get(`${r}:${c}`);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <td key={c} data-invalid={error ? '' : undefined} title={error}>
                        {cell}
                        {error && <span className="visually-hidden"> (invalid: {error})</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > SHOWN_ROWS && <p className="muted">…and {rows.length - SHOWN_ROWS} more rows.</p>}
    </section>
  );
}

export function HeadlessPreview({ flow }: { flow: MigrationFlow }) {
  const [message, setMessage] = useState('');
  const busy = flow.pending !== null;

  async function send(event: FormEvent, kind: 'refine' | 'clarify') {
    event.preventDefault();
    const text = message.trim();
    if (!text) return;
    const result = kind === 'refine' ? await flow.refine(text) : await flow.clarify(text);
    if (result.ok) setMessage('');
  }

  return (
    <div className="stack">
      <div className="card">
        <h2>Review the result</h2>
        <p className="muted">Nothing is imported until you approve.</p>
        {flow.preview ? (
          flow.preview.sheets.map((sheet) => (
            <SheetPreview key={sheet.template.slug ?? sheet.template.name} sheet={sheet} />
          ))
        ) : (
          <p>Loading the preview…</p>
        )}
      </div>
      <form className="card" onSubmit={(e) => send(e, 'refine')}>
        <label className="field">
          <span>Anything to change? Ask in plain words</span>
          <textarea
            rows={2}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            placeholder="e.g. Trim whitespace from every phone number"
          />
        </label>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !message.trim() || !flow.can('refine')}>
            Apply change
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={busy || !message.trim() || !flow.can('clarify')}
            onClick={(e) => send(e, 'clarify')}
          >
            Just ask
          </button>
          <span className="actions__spacer" />
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !flow.can('execute')}
            onClick={() => flow.execute()}
          >
            {flow.pending === 'execute' ? 'Starting…' : 'Approve and import'}
          </button>
        </div>
      </form>
    </div>
  );
}
