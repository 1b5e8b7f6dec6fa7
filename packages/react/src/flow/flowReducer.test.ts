import { EMPTY_FLOW_RECORD, flowReducer, parseFlowRecord } from './flowReducer.ts';

describe('flowReducer', () => {
  const ready = flowReducer(EMPTY_FLOW_RECORD, { type: 'migration_ready', migrationId: 'm1' });

  it('records the migration, then the run and its phase', () => {
    const started = flowReducer(ready, { type: 'run_started', runId: 'r1', kind: 'generate' });
    expect(started).toEqual({ v: 1, migrationId: 'm1', runId: 'r1', kind: 'generate' });
    const resumed = flowReducer(started, { type: 'run_started', runId: 'r1', kind: 'execute' });
    expect(resumed.kind).toBe('execute');
  });

  it('ignores a run before there is a migration', () => {
    expect(flowReducer(EMPTY_FLOW_RECORD, { type: 'run_started', runId: 'r1', kind: 'generate' })).toBe(
      EMPTY_FLOW_RECORD,
    );
  });

  it('forgets the run of another migration', () => {
    const started = flowReducer(ready, { type: 'run_started', runId: 'r1', kind: 'generate' });
    expect(flowReducer(started, { type: 'migration_ready', migrationId: 'm2' })).toEqual({
      v: 1,
      migrationId: 'm2',
      runId: null,
      kind: null,
    });
    expect(flowReducer(started, { type: 'migration_ready', migrationId: 'm1' })).toBe(started);
  });

  it('follows a busy run: keeps the phase it knew for that run, and claims none for another', () => {
    const refining = flowReducer(ready, { type: 'run_started', runId: 'r1', kind: 'update' });
    expect(flowReducer(refining, { type: 'run_busy', runId: 'r1' })).toBe(refining);
    expect(flowReducer(ready, { type: 'run_busy', runId: 'r2' })).toEqual({
      v: 1,
      migrationId: 'm1',
      runId: 'r2',
      kind: null,
    });
    expect(flowReducer(EMPTY_FLOW_RECORD, { type: 'run_busy', runId: 'r2' })).toBe(EMPTY_FLOW_RECORD);
  });

  it('forgets a lost run only if it is still the current one', () => {
    const started = flowReducer(ready, { type: 'run_started', runId: 'r2', kind: 'update' });
    expect(flowReducer(started, { type: 'run_lost', runId: 'r1' })).toBe(started);
    expect(flowReducer(started, { type: 'run_lost', runId: 'r2' }).runId).toBeNull();
  });

  it('reset keeps the migration', () => {
    const started = flowReducer(ready, { type: 'run_started', runId: 'r1', kind: 'generate' });
    expect(flowReducer(started, { type: 'reset' })).toEqual({
      v: 1,
      migrationId: 'm1',
      runId: null,
      kind: null,
    });
  });
});

describe('parseFlowRecord', () => {
  it('reads what it wrote', () => {
    const record = { v: 1, migrationId: 'm1', runId: 'r1', kind: 'clarify' };
    expect(parseFlowRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('treats anything else in storage as nothing stored', () => {
    expect(parseFlowRecord(null)).toBeNull();
    expect(parseFlowRecord('m1')).toBeNull();
    expect(parseFlowRecord({ v: 2, migrationId: 'm1' })).toBeNull();
    expect(parseFlowRecord({ v: 1, migrationId: 'm1', runId: 'r1', kind: 'explode' })).toEqual({
      v: 1,
      migrationId: 'm1',
      runId: 'r1',
      kind: null,
    });
    expect(parseFlowRecord({ v: 1, migrationId: 42, runId: 'r1' })).toEqual(EMPTY_FLOW_RECORD);
  });
});
