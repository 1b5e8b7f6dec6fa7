import { describe, expect, it } from 'vitest';
import { CreateMigrationRequestSchema } from './migration.ts';
import { safeParse } from './safeParse.ts';
import { ThreadEventSchema } from './thread.ts';

describe('safeParse', () => {
  it('words issues in English, naming what was expected and what arrived', () => {
    const result = safeParse(ThreadEventSchema, { sequence: '7', type: 'status' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['sequence'],
      message: 'Invalid input: expected number, received string',
    });
  });

  it('keeps a message the schema sets itself', () => {
    const result = safeParse(CreateMigrationRequestSchema, { name: 'Acme', external_id: 'has space' });
    expect(result.error?.issues[0]?.message).toMatch(/^external_id must be alphanumeric/);
  });
});
