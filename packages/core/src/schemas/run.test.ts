import { RunSchema, StartRunRequestSchema } from './run.ts';

describe('RunSchema', () => {
  it('folds a status the kit does not know into `unknown`, keeping the original', () => {
    const run = RunSchema.parse({ run_id: 'r1', status: 'paused_for_review', eta: 30 });
    expect(run).toMatchObject({ status: 'unknown', raw_status: 'paused_for_review', eta: 30 });
  });

  it('folds a missing status into `unknown` with a null raw status', () => {
    expect(RunSchema.parse({ run_id: 'r1' })).toMatchObject({ status: 'unknown', raw_status: null });
  });

  it('keeps unknown extra fields on known statuses', () => {
    const run = RunSchema.parse({
      run_id: 'r1',
      status: 'running',
      message: 'Working',
      attempt: 2,
      meta: { a: 1 },
    });
    expect(run).toMatchObject({ status: 'running', message: 'Working', attempt: 2, meta: { a: 1 } });
  });

  it('reads progress_message as message (imports-preview spelling)', () => {
    expect(RunSchema.parse({ run_id: 'r1', status: 'queued', progress_message: 'Queued' })).toMatchObject({
      message: 'Queued',
    });
  });

  it('rejects a known status whose fields have the wrong type, naming the field', () => {
    const result = RunSchema.safeParse({ run_id: 'r1', status: 'blocked', questions: [{ id: 'q1' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['questions', 0, 'question']);
  });

  it('rejects a body without run_id', () => {
    expect(RunSchema.safeParse({ status: 'running' }).error?.issues[0]?.path).toEqual(['run_id']);
  });
});

describe('StartRunRequestSchema', () => {
  it('requires a message for update and clarify', () => {
    expect(StartRunRequestSchema.safeParse({ kind: 'update', message: '  ' }).success).toBe(false);
    expect(
      StartRunRequestSchema.safeParse({ kind: 'clarify', message: 'Which column is Email?' }).success,
    ).toBe(true);
  });

  it('rejects an unknown kind', () => {
    expect(StartRunRequestSchema.safeParse({ kind: 'publish' }).success).toBe(false);
  });
});
