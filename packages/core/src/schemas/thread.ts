import * as z from 'zod';

export const THREAD_EVENT_TYPES = [
  'message',
  'thinking',
  'status',
  'tool_call',
  'tool_result',
  'task',
  'request_input',
  'prepared',
  'preview',
  'completed',
  'error',
] as const;
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
  data: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .transform((d) => d ?? {}),
  created_at: z.string().optional(),
});
export type ThreadEvent = z.infer<typeof ThreadEventSchema>;

export const ThreadSnapshotSchema = z.looseObject({
  events: z.array(ThreadEventSchema),
  last_sequence: z.number().nullable().optional().default(null),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;

/** `event: done` data. */
export const ThreadDoneSchema = z.looseObject({ last_sequence: z.number().nullable().optional() });

/** `event: error` data: may arrive without a `sequence`; never move the resume cursor on it. */
export const ThreadStreamErrorSchema = z.looseObject({
  sequence: z.number().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});
