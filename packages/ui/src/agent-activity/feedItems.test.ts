import { type ThreadEvent, ThreadEventSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { humanizeTool, toFeedItems } from './feedItems.ts';

let seq = 0;
const ev = (type: string, data: Record<string, unknown> = {}): ThreadEvent =>
  ThreadEventSchema.parse({ sequence: ++seq, type, data });

describe('toFeedItems', () => {
  it('keeps statuses and messages, collapsing a repeated status', () => {
    const items = toFeedItems(
      [
        ev('status', { message: 'Reading' }),
        ev('status', { message: 'Reading' }),
        ev('message', { text: '**Hi**' }),
      ],
      false,
    );
    expect(items.map((i) => [i.kind, 'text' in i ? i.text : null])).toEqual([
      ['status', 'Reading'],
      ['message', '**Hi**'],
    ]);
  });

  it('pairs tool calls with their results by call id, and marks failures', () => {
    const items = toFeedItems(
      [
        ev('tool_call', { call_id: 'a', name: 'read_file', args: { name: 'contacts.csv' } }),
        ev('tool_call', { call_id: 'b', name: 'map_columns', args: {} }),
        ev('tool_result', { call_id: 'a', name: 'read_file', ok: true }),
        ev('tool_result', { call_id: 'b', name: 'map_columns', ok: false, error: 'No Email column' }),
      ],
      true,
    );
    expect(items).toMatchObject([
      { kind: 'step', tool: 'read_file', detail: 'contacts.csv', state: 'done', error: null },
      { kind: 'step', tool: 'map_columns', state: 'failed', error: 'No Email column' },
    ]);
  });

  it('pairs results without ids by tool name, then by the latest open call', () => {
    const items = toFeedItems(
      [
        ev('tool_call', { name: 'read_file' }),
        ev('tool_call', { name: 'validate_rows' }),
        ev('tool_result', { name: 'read_file' }),
        ev('tool_result', {}),
      ],
      false,
    );
    expect(items.map((i) => (i.kind === 'step' ? i.state : i.kind))).toEqual(['done', 'done']);
  });

  it('shows only the latest open step as running while active; the rest have ended', () => {
    const events = [
      ev('tool_call', { call_id: 'x', name: 'a' }),
      ev('tool_call', { call_id: 'y', name: 'b' }),
    ];
    expect(toFeedItems(events, true).map((i) => (i.kind === 'step' ? i.state : null))).toEqual([
      'ended',
      'running',
    ]);
    expect(toFeedItems(events, false).map((i) => (i.kind === 'step' ? i.state : null))).toEqual([
      'ended',
      'ended',
    ]);
  });

  it('hides thinking, prepared and task events, shows errors and milestones', () => {
    const items = toFeedItems(
      [
        ev('thinking', { text: 'secret reasoning' }),
        ev('prepared', { text: 'internal' }),
        ev('task', { task_id: 't' }),
        ev('error', { message: 'Stream failed' }),
        ev('preview', { sheets: 2 }),
        ev('completed', { kind: 'execute' }),
        ev('request_input', { kind: 'question' }),
        ev('brand_new_type', { message: 'Something new' }),
        ev('brand_new_type', { nothing: true }),
      ],
      false,
    );
    expect(items).toMatchObject([
      { kind: 'error', text: 'Stream failed' },
      { kind: 'milestone', milestone: 'preview' },
      { kind: 'milestone', milestone: 'completed', detail: 'execute' },
      { kind: 'milestone', milestone: 'request_input' },
      { kind: 'status', text: 'Something new' },
    ]);
  });

  it('turns 5,000 events into items in one pass', () => {
    const events = Array.from({ length: 5000 }, (_, i) =>
      i % 2
        ? ev('tool_result', { call_id: `c${i - 1}` })
        : ev('tool_call', { call_id: `c${i}`, name: 'read_file' }),
    );
    const items = toFeedItems(events, false);
    expect(items).toHaveLength(2500);
    expect(items.every((i) => i.kind === 'step' && i.state === 'done')).toBe(true);
  });
});

describe('humanizeTool', () => {
  it('turns tool identifiers into words', () => {
    expect(humanizeTool('map_columns')).toBe('Map columns');
    expect(humanizeTool('readFile')).toBe('Read file');
    expect(humanizeTool('vern.extract-stream')).toBe('Vern extract stream');
  });
});
