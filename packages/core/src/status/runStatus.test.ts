import { RunSchema } from '../schemas/run.ts';
import {
  isActiveStatus,
  isAwaitingInput,
  isCredentialBlock,
  isFinalStatus,
  isQuestionBlock,
  isTerminalFor,
  type RunPhase,
} from './runStatus.ts';

const STATUSES = [
  'queued',
  'running',
  'blocked',
  'awaiting_approval',
  'completed',
  'failed',
  'canceled',
  'needs_attention',
  'unknown',
] as const;

const terminalFor = (phase: RunPhase) => STATUSES.filter((s) => isTerminalFor(phase, s));

describe('isTerminalFor', () => {
  it('stops generate and update at a preview, a failure, a cancel, or a question', () => {
    expect(terminalFor('generate')).toEqual(['blocked', 'awaiting_approval', 'failed', 'canceled']);
    expect(terminalFor('update')).toEqual(['blocked', 'awaiting_approval', 'failed', 'canceled']);
  });

  it('stops clarify and execute only when the run is over', () => {
    expect(terminalFor('clarify')).toEqual(['completed', 'failed', 'canceled']);
    expect(terminalFor('execute')).toEqual(['completed', 'failed', 'canceled']);
  });

  it('stops imports at needs_attention until a decision', () => {
    expect(terminalFor('import')).toEqual(['completed', 'failed', 'canceled', 'needs_attention']);
  });

  it('keeps polling a status it does not know', () => {
    expect(isTerminalFor('generate', 'migrating_to_mars')).toBe(false);
  });
});

describe('status helpers', () => {
  it('classifies statuses', () => {
    expect(STATUSES.filter(isActiveStatus)).toEqual(['queued', 'running']);
    expect(STATUSES.filter(isFinalStatus)).toEqual(['completed', 'failed', 'canceled']);
    expect(STATUSES.filter(isAwaitingInput)).toEqual(['blocked', 'needs_attention']);
  });

  it('tells a question block from a credential block', () => {
    const question = RunSchema.parse({
      run_id: 'r',
      status: 'blocked',
      blocked_reason: 'question',
      questions: [],
    });
    const credentials = RunSchema.parse({
      run_id: 'r',
      status: 'blocked',
      blocked_reason: 'credentials',
      credential_request: { source_key: 'salesforce' },
    });
    const legacy = RunSchema.parse({
      run_id: 'r',
      status: 'blocked',
      questions: [{ id: 'q', question: '?' }],
    });
    expect([isQuestionBlock(question), isCredentialBlock(question)]).toEqual([true, false]);
    expect([isQuestionBlock(credentials), isCredentialBlock(credentials)]).toEqual([false, true]);
    expect(isQuestionBlock(legacy)).toBe(true);
    expect(isQuestionBlock(RunSchema.parse({ run_id: 'r', status: 'running' }))).toBe(false);
  });
});
