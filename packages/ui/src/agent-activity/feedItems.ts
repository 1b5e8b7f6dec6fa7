import type { ThreadEvent } from '@vernkit/core';

export type StepState = 'running' | 'done' | 'failed' | 'ended';
export type Milestone = 'preview' | 'completed' | 'request_input';

/** One line of the activity feed, derived from one or two thread events. */
export type FeedItem =
  | { kind: 'status'; key: string; text: string }
  | { kind: 'message'; key: string; text: string }
  | { kind: 'step'; key: string; tool: string; detail: string | null; state: StepState; error: string | null }
  | { kind: 'error'; key: string; text: string | null }
  | { kind: 'milestone'; key: string; milestone: Milestone; detail: string | null };

/** Host-debugging event types: never shown to end customers. */
const INTERNAL = new Set(['thinking', 'prepared', 'task']);
/** Arguments worth showing beside a step: a file, a sheet, a stream. */
const DETAIL_ARGS = ['name', 'file', 'filename', 'sheet', 'stream', 'source_key', 'template'];

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function callId(data: Record<string, unknown>): string | null {
  return str(data.call_id) ?? str(data.tool_call_id) ?? str(data.id);
}

function toolName(data: Record<string, unknown>): string {
  return str(data.name) ?? str(data.tool) ?? str(data.tool_name) ?? 'tool';
}

function detailOf(data: Record<string, unknown>): string | null {
  const args = data.args ?? data.input ?? data.arguments;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return null;
  for (const key of DETAIL_ARGS) {
    const value = str((args as Record<string, unknown>)[key]);
    if (value) return value;
  }
  return null;
}

function failed(data: Record<string, unknown>): string | null {
  if (data.ok === false || data.is_error === true || data.error !== undefined) {
    return str(data.error) ?? str(data.message) ?? '';
  }
  return null;
}

/**
 * Thread events → feed items: `status` and `message` as they are, a `tool_call` and its
 * `tool_result` (paired by call id, else by name, else the latest open call) as one step,
 * `error` as an alert, `preview`/`completed`/`request_input` as milestones. Repeated status
 * lines collapse. Unknown types with a `message` or `text` are shown as status lines.
 *
 * `active`: the run is still working, so the latest open step is running; otherwise open
 * steps have simply ended (their result was not in the thread the user can see).
 */
export function toFeedItems(events: readonly ThreadEvent[], active: boolean): FeedItem[] {
  const items: FeedItem[] = [];
  const openByCall = new Map<string, number>();
  const open: number[] = [];
  let lastStatus: string | null = null;

  const push = (item: FeedItem) => {
    items.push(item);
    if (item.kind !== 'status') lastStatus = null;
  };

  for (const event of events) {
    const data = event.data;
    const key = `e${event.sequence}`;
    switch (event.type) {
      case 'status': {
        const text = str(data.message) ?? str(data.text);
        if (text && text !== lastStatus) {
          push({ kind: 'status', key, text });
          lastStatus = text;
        }
        break;
      }
      case 'message': {
        const text = str(data.text) ?? str(data.message);
        if (text) push({ kind: 'message', key, text });
        break;
      }
      case 'tool_call': {
        push({
          kind: 'step',
          key,
          tool: toolName(data),
          detail: detailOf(data),
          state: 'running',
          error: null,
        });
        const id = callId(data);
        if (id) openByCall.set(id, items.length - 1);
        open.push(items.length - 1);
        break;
      }
      case 'tool_result': {
        const id = callId(data);
        const name = str(data.name) ?? str(data.tool);
        let index = id ? openByCall.get(id) : undefined;
        if (index === undefined && name) {
          index = [...open].reverse().find((i) => (items[i] as { tool?: string }).tool === name);
        }
        index ??= open.at(-1);
        const error = failed(data);
        const state: StepState = error === null ? 'done' : 'failed';
        if (index === undefined) {
          push({ kind: 'step', key, tool: name ?? 'tool', detail: null, state, error: error || null });
        } else {
          const step = items[index] as Extract<FeedItem, { kind: 'step' }>;
          items[index] = { ...step, state, error: error || null };
          open.splice(open.indexOf(index), 1);
          if (id) openByCall.delete(id);
        }
        break;
      }
      case 'error':
        push({ kind: 'error', key, text: str(data.message) ?? str(data.error) });
        break;
      case 'preview':
      case 'completed':
      case 'request_input':
        push({ kind: 'milestone', key, milestone: event.type, detail: str(data.kind) });
        break;
      default: {
        if (INTERNAL.has(event.type)) break;
        const text = str(data.message) ?? str(data.text);
        if (text && text !== lastStatus) {
          push({ kind: 'status', key, text });
          lastStatus = text;
        }
      }
    }
  }

  const lastOpen = open.at(-1);
  for (const index of open) {
    if (active && index === lastOpen) continue;
    items[index] = { ...(items[index] as Extract<FeedItem, { kind: 'step' }>), state: 'ended' };
  }
  return items;
}

/** `map_columns` → "Map columns", `readFile` → "Read file": a readable name for a tool we have no label for. */
export function humanizeTool(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.:/]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}
