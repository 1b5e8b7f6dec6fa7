/** What an import flow persists. */
export interface ImportFlowRecord {
  v: 1;
  runId: string | null;
  /** Written before `POST /imports` and kept until the run is known, so a reload re-sends the same key. */
  idempotencyKey: string | null;
  /** Uploaded files, ready to import. */
  files: Array<{ name: string; upload_ref: string }>;
}

export const EMPTY_IMPORT_RECORD: ImportFlowRecord = { v: 1, runId: null, idempotencyKey: null, files: [] };

export function parseImportFlowRecord(value: unknown): ImportFlowRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.v !== 1) return null;
  const files = Array.isArray(v.files)
    ? v.files.filter(
        (f): f is { name: string; upload_ref: string } =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as Record<string, unknown>).name === 'string' &&
          typeof (f as Record<string, unknown>).upload_ref === 'string',
      )
    : [];
  return {
    v: 1,
    runId: typeof v.runId === 'string' && v.runId ? v.runId : null,
    idempotencyKey: typeof v.idempotencyKey === 'string' && v.idempotencyKey ? v.idempotencyKey : null,
    files: files.map(({ name, upload_ref }) => ({ name, upload_ref })),
  };
}
