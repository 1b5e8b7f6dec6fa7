import { type Run, RunSchema } from '@vernkit/core';
import { allowedFlowActions, deriveFlowStep, type FlowStepInput, flowBlock } from './flowSteps.ts';

const run = (status: string, extra: Record<string, unknown> = {}): Run =>
  RunSchema.parse({ run_id: 'r1', status, ...extra });

const base: FlowStepInput = {
  runId: 'r1',
  kind: 'generate',
  run: undefined,
  migrationStatus: 'ready',
  pending: null,
};

describe('deriveFlowStep', () => {
  it('starts at files, and shows generating while the first POST is out', () => {
    expect(deriveFlowStep({ ...base, runId: null, kind: null })).toBe('files');
    expect(deriveFlowStep({ ...base, runId: null, kind: null, pending: 'generate' })).toBe('generating');
  });

  it('resumes at the preview when the run id was lost but the migration has one', () => {
    expect(deriveFlowStep({ ...base, runId: null, kind: null, migrationStatus: 'awaiting_approval' })).toBe(
      'preview',
    );
  });

  it('shows a migration completed elsewhere as the report, although this tab knows no run', () => {
    expect(deriveFlowStep({ ...base, runId: null, kind: null, migrationStatus: 'completed' })).toBe('report');
  });

  it('follows a run of unknown phase (a refused resume) to where its poll says it is', () => {
    const unknown = { ...base, kind: null };
    expect(deriveFlowStep({ ...unknown, run: run('awaiting_approval') })).toBe('preview');
    expect(
      deriveFlowStep({ ...unknown, run: run('completed', { report: { inserted: 1, perSheet: [] } }) }),
    ).toBe('report');
  });

  it.each([
    ['generate', 'queued', 'generating'],
    ['generate', 'running', 'generating'],
    ['generate', 'blocked', 'blocked'],
    ['generate', 'awaiting_approval', 'preview'],
    ['generate', 'failed', 'failed'],
    ['generate', 'canceled', 'canceled'],
    ['update', 'running', 'refining'],
    ['update', 'awaiting_approval', 'preview'],
    ['clarify', 'running', 'refining'],
    ['clarify', 'completed', 'preview'],
    ['execute', 'running', 'executing'],
    ['execute', 'blocked', 'blocked'],
    ['execute', 'completed', 'report'],
    ['execute', 'failed', 'failed'],
  ] as const)('%s run at %s → %s', (kind, status, step) => {
    expect(deriveFlowStep({ ...base, kind, run: run(status) })).toBe(step);
  });

  it('keeps executing while a resumed run still reads as the preview', () => {
    expect(deriveFlowStep({ ...base, kind: 'execute', run: run('awaiting_approval') })).toBe('executing');
  });

  it('shows an unknown status within its phase, not as an end', () => {
    const unknown = run('paused_for_maintenance');
    expect(unknown.status).toBe('unknown');
    expect(deriveFlowStep({ ...base, kind: 'execute', run: unknown })).toBe('executing');
  });

  it('treats a completed run with a report as the report, whatever phase was stored', () => {
    const done = run('completed', { report: { inserted: 3, perSheet: [] } });
    expect(deriveFlowStep({ ...base, kind: 'generate', run: done })).toBe('report');
  });

  it('shows the step of the action on the wire', () => {
    expect(deriveFlowStep({ ...base, run: run('awaiting_approval'), pending: 'refine' })).toBe('refining');
    expect(deriveFlowStep({ ...base, run: run('awaiting_approval'), pending: 'execute' })).toBe('executing');
  });
});

describe('allowedFlowActions', () => {
  it('offers the block’s own answer action', () => {
    const question = flowBlock(run('blocked', { blocked_reason: 'question', questions: [] }));
    const credentials = flowBlock(run('blocked', { blocked_reason: 'credentials', credential_request: {} }));
    expect(allowedFlowActions('blocked', question, null)).toEqual(['answer', 'cancel']);
    expect(allowedFlowActions('blocked', credentials, null)).toEqual(['submitCredentials', 'cancel']);
  });

  it('never offers reset while a run is in flight, and nothing while an action is sent', () => {
    for (const step of ['generating', 'refining', 'executing', 'blocked'] as const) {
      expect(allowedFlowActions(step, null, null)).not.toContain('reset');
    }
    expect(allowedFlowActions('preview', null, 'execute')).toEqual([]);
  });
});

describe('flowBlock', () => {
  it('reads the block from the poll, including an unknown reason', () => {
    expect(flowBlock(run('running'))).toBeNull();
    expect(flowBlock(run('blocked', { blocked_reason: 'mfa' }))).toEqual({
      reason: 'unknown',
      rawReason: 'mfa',
    });
    const q = flowBlock(
      run('blocked', {
        blocked_reason: 'question',
        questions: [{ id: 'q1', question: 'Which?', options: [] }],
      }),
    );
    expect(q?.reason === 'question' && q.questions[0]?.id).toBe('q1');
  });
});
