import { ImportRunSchema, RunSchema } from '@vernkit/core';
import { importRunWithStatus, runWithStatus } from './runWithStatus.ts';

// The zod-free shapes must be exactly what the schemas would make of `{ run_id, status, … }`.
describe('runWithStatus', () => {
  const old = RunSchema.parse({ run_id: 'r1', status: 'blocked', created_at: '2026-01-01', answers: 'Open' });

  it.each(['queued', 'running', 'awaiting_approval', 'completed', 'failed', 'canceled', 'hibernating'])(
    'shows %s as RunSchema reads it, keeping created_at and answers',
    (status) => {
      const input = { run_id: 'r1', status, created_at: '2026-01-01', answers: 'Open' };
      expect(runWithStatus('r1', status, old)).toEqual(RunSchema.parse(input));
      expect(runWithStatus('r1', status, undefined)).toEqual(RunSchema.parse({ run_id: 'r1', status }));
    },
  );

  it('leaves a blocked run to a read: its questions come only with one', () => {
    expect(runWithStatus('r1', 'blocked', old)).toBeUndefined();
  });
});

describe('importRunWithStatus', () => {
  const old = ImportRunSchema.parse({ run_id: 'i1', status: 'running', created_at: '2026-01-01' });

  it.each(['queued', 'running', 'completed', 'failed', 'canceled', 'paused'])(
    'shows %s as ImportRunSchema reads it, keeping created_at',
    (status) => {
      const input = { run_id: 'i1', status, created_at: '2026-01-01' };
      expect(importRunWithStatus('i1', status, old)).toEqual(ImportRunSchema.parse(input));
    },
  );

  it('leaves needs_attention to a read: the schema needs its questions and patch', () => {
    expect(importRunWithStatus('i1', 'needs_attention', old)).toBeUndefined();
    expect(ImportRunSchema.safeParse({ run_id: 'i1', status: 'needs_attention' }).success).toBe(false);
  });
});
