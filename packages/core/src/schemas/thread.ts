import * as z from 'zod/mini';
import type { THREAD_EVENT_TYPES } from './enums.ts';

export type KnownThreadEventType = (typeof THREAD_EVENT_TYPES)[number];

/** `user` for end customers (default), `tools` adds tool calls, `all` adds thinking (host debugging only). */
export const ThreadIncludeSchema = z.enum(['user', 'tools', 'all']);
export type ThreadInclude = z.infer<typeof ThreadIncludeSchema>;

/**
 * One thread event. `status` carries `{ message }`, `message` carries `{ text }` (markdown).
 * `type` is kept as a string so a new event type is shown, not rejected.
 */
export const ThreadEventSchema = z.looseObject({
  sequence: z.number(),
  type: z.string(),
  data: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.unknown()))),
    z.transform((d) => d ?? {}),
  ),
  created_at: z.optional(z.string()),
});
export type ThreadEvent = z.infer<typeof ThreadEventSchema>;

export const ThreadSnapshotSchema = z.looseObject({
  events: z.array(ThreadEventSchema),
  last_sequence: z._default(z.optional(z.nullable(z.number())), null),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;

/** `event: done` data. */
export const ThreadDoneSchema = z.looseObject({ last_sequence: z.optional(z.nullable(z.number())) });

/** `event: error` data: may arrive without a `sequence`; never move the resume cursor on it. */
export const ThreadStreamErrorSchema = z.looseObject({
  sequence: z.optional(z.number()),
  error: z.optional(z.string()),
  message: z.optional(z.string()),
  data: z.optional(z.unknown()),
});
