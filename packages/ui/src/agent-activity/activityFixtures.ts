import { type ThreadEvent, ThreadEventSchema } from '@vernkit/core';

/** Fixtures for stories and tests; not exported from the package. */

const TOOLS = ['read_file', 'map_columns', 'validate_rows', 'edit_recipe'];

export function threadEvent(sequence: number, type: string, data: Record<string, unknown>): ThreadEvent {
  return ThreadEventSchema.parse({
    sequence,
    type,
    data,
    created_at: new Date(Date.UTC(2026, 5, 19, 15, 32, 0) + sequence * 1000).toISOString(),
  });
}

/** A realistic generate run: files read, columns mapped, a question, a preview. */
export function sampleThread(): ThreadEvent[] {
  const raw: Array<[string, Record<string, unknown>]> = [
    ['status', { message: 'Reading your files' }],
    ['tool_call', { call_id: 'c1', name: 'read_file', args: { name: 'contacts-export.csv' } }],
    ['tool_result', { call_id: 'c1', name: 'read_file', ok: true }],
    ['tool_call', { call_id: 'c2', name: 'read_file', args: { name: 'companies.xlsx' } }],
    ['tool_result', { call_id: 'c2', name: 'read_file', ok: true }],
    ['status', { message: 'Matching your columns' }],
    ['tool_call', { call_id: 'c3', name: 'map_columns', args: { template: 'contacts' } }],
    ['tool_result', { call_id: 'c3', name: 'map_columns', ok: true }],
    [
      'message',
      {
        text: 'I mapped **4 of 5** columns to *Contacts*:\n\n- `E-mail` → Email\n- `Given name` → First Name\n\nOne column, `Stat`, needs your input. See [the guide](https://vern.so/docs).',
      },
    ],
    ['tool_call', { call_id: 'c4', name: 'validate_rows', args: { sheet: 'contacts' } }],
    [
      'tool_result',
      { call_id: 'c4', name: 'validate_rows', ok: false, error: '12 rows have an invalid Status' },
    ],
    ['request_input', { kind: 'question' }],
    ['status', { message: 'Applying your answer' }],
    ['tool_call', { call_id: 'c5', name: 'edit_recipe' }],
  ];
  return raw.map(([type, data], i) => threadEvent(i + 1, type, data));
}

/** `count` events cycling through statuses, steps and messages. */
export function longThread(count: number, from = 1): ThreadEvent[] {
  const out: ThreadEvent[] = [];
  for (let i = 0; i < count; i++) {
    const sequence = from + i;
    const kind = sequence % 5;
    if (kind === 0)
      out.push(
        threadEvent(sequence, 'message', { text: `Message **${sequence}**: checked a batch of rows.` }),
      );
    else if (kind === 1) out.push(threadEvent(sequence, 'status', { message: `Batch ${sequence}` }));
    else if (kind === 2)
      out.push(
        threadEvent(sequence, 'tool_call', { call_id: `c${sequence}`, name: TOOLS[sequence % TOOLS.length] }),
      );
    else if (kind === 3)
      out.push(threadEvent(sequence, 'tool_result', { call_id: `c${sequence - 1}`, ok: true }));
    else out.push(threadEvent(sequence, 'status', { message: `Step ${sequence}` }));
  }
  return out;
}
