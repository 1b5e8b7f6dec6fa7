import { ActiveImportSchema, ImportHistorySchema, ImportRunSchema } from './imports.ts';

describe('ImportRunSchema', () => {
  it('folds an unknown import status into `unknown`', () => {
    expect(ImportRunSchema.parse({ status: 'exporting' })).toMatchObject({
      status: 'unknown',
      raw_status: 'exporting',
    });
  });

  it('requires the needs_attention block on a needs_attention run', () => {
    const result = ImportRunSchema.safeParse({ status: 'needs_attention', report: { inserted: 1 } });
    expect(result.error?.issues[0]?.path).toEqual(['needs_attention']);
  });
});

describe('ActiveImportSchema', () => {
  it('reads `{ run: null }` as no active import', () => {
    expect(ActiveImportSchema.parse({ run: null })).toBeNull();
  });

  it('reads a bare run and a `{ run }` envelope alike', () => {
    expect(ActiveImportSchema.parse({ status: 'running', run_id: 'r1' })).toMatchObject({ run_id: 'r1' });
    expect(ActiveImportSchema.parse({ run: { status: 'queued', run_id: 'r2' } })).toMatchObject({
      run_id: 'r2',
    });
  });
});

describe('ImportHistorySchema', () => {
  it('reads a bare array and the common envelopes', () => {
    expect(ImportHistorySchema.parse([{ status: 'completed' }]).runs).toHaveLength(1);
    expect(ImportHistorySchema.parse({ imports: [{ status: 'failed' }], next_cursor: 'c2' })).toMatchObject({
      next_cursor: 'c2',
    });
  });
});
