import { ThreadEventSchema, ThreadSnapshotSchema } from './thread.ts';

describe('ThreadEventSchema', () => {
  it('keeps an event type the kit does not know, and its extra fields', () => {
    const event = ThreadEventSchema.parse({
      sequence: 7,
      type: 'handoff',
      data: { to: 'human' },
      actor: 'agent',
    });
    expect(event).toMatchObject({ type: 'handoff', data: { to: 'human' }, actor: 'agent' });
  });

  it('turns a null data payload into an empty object', () => {
    expect(ThreadEventSchema.parse({ sequence: 1, type: 'status', data: null }).data).toEqual({});
  });

  it('rejects an event without a numeric sequence', () => {
    expect(ThreadEventSchema.safeParse({ sequence: '7', type: 'status' }).error?.issues[0]?.path).toEqual([
      'sequence',
    ]);
  });
});

describe('ThreadSnapshotSchema', () => {
  it('defaults last_sequence to null for an empty thread', () => {
    expect(ThreadSnapshotSchema.parse({ events: [] }).last_sequence).toBeNull();
  });
});
