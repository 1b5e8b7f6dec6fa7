import { ThreadEventSchema } from '@vernkit/core';
import { answerFor, lastSequence } from './threadAnswers.ts';

const ev = (sequence: number, type: string, data: Record<string, unknown>) =>
  ThreadEventSchema.parse({ sequence, type, data });

describe('threadAnswers', () => {
  const events = [
    ev(1, 'message', { text: 'before' }),
    ev(3, 'message', { text: 'answer one' }),
    ev(4, 'message', { text: 'echo', role: 'user' }),
    ev(5, 'error', { message: 'tool failed' }),
    ev(7, 'message', { text: 'answer two' }),
  ];

  it('finds the last sequence', () => {
    expect(lastSequence(events)).toBe(7);
    expect(lastSequence([])).toBe(-1);
  });

  it('reads the agent messages and errors between one request and the next', () => {
    const first = { kind: 'clarify' as const, message: 'q1', afterSequence: 1 };
    const second = { kind: 'update' as const, message: 'q2', afterSequence: 5 };
    expect(answerFor(events, first, second)).toEqual({ messages: ['answer one'], errors: ['tool failed'] });
    expect(answerFor(events, second, undefined)).toEqual({ messages: ['answer two'], errors: [] });
  });
});
