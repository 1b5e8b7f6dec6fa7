// The API's closed lists, kept free of zod like plainObject.ts: the kit branches on them at run
// time (a run's kind, a destructive patch action), and a bundle that needs only a list must not
// pull a schema module, whose top-level zod calls bundlers cannot drop.

export const RUN_STATUSES = [
  'queued',
  'running',
  'blocked',
  'awaiting_approval',
  'completed',
  'failed',
  'canceled',
] as const;

export const RUN_KINDS = ['generate', 'update', 'clarify', 'execute'] as const;

export const IMPORT_RUN_STATUSES = [
  'queued',
  'running',
  'needs_attention',
  'completed',
  'failed',
  'canceled',
] as const;

export const IMPORT_EXPORT_FILTERS = ['valid', 'all'] as const;

export const PATCH_ACTION_KINDS = ['set_value', 'delete_invalid_rows', 'dedup_keep_first', 'keep'] as const;
/** Actions that drop rows: confirm before sending. */
export const DESTRUCTIVE_PATCH_ACTIONS: readonly string[] = ['delete_invalid_rows', 'dedup_keep_first'];

export const MIGRATION_STATUSES = ['awaiting_files', 'ready', 'awaiting_approval', 'completed'] as const;

export const KNOWN_COLUMN_RULES = ['none', 'ai', 'strict', 'link'] as const;

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
