import type { ThreadEvent, ThreadInclude } from '@vernkit/core';
import { iso } from './clock.ts';

/** Which event types each `include` level shows: `user` ⊂ `tools` ⊂ `all`. */
const LEVEL: Record<string, number> = {
  message: 0,
  status: 0,
  preview: 0,
  request_input: 0,
  completed: 0,
  error: 0,
  tool_call: 1,
  tool_result: 1,
  task: 1,
  thinking: 2,
  prepared: 2,
};
const INCLUDE_LEVEL: Record<ThreadInclude, number> = { user: 0, tools: 1, all: 2 };

export interface ThreadPage {
  events: ThreadEvent[];
  /** The highest sequence this page covered (hidden events included), `null` when it covered none. */
  last_sequence: number | null;
}

/** A page is capped so a snapshot of a long thread stays a reasonable response. */
export const THREAD_PAGE_SIZE = 500;

/**
 * A migration's activity thread: one stable, increasing sequence across all its runs.
 * Events are stored once with every detail; `include` filters them on the way out.
 */
export class ThreadLog {
  readonly #events: ThreadEvent[] = [];
  #sequence = 0;

  append(type: string, data: Record<string, unknown>, at: number): ThreadEvent {
    const event: ThreadEvent = { sequence: ++this.#sequence, type, data, created_at: iso(at) };
    this.#events.push(event);
    return event;
  }

  get lastSequence(): number | null {
    return this.#sequence === 0 ? null : this.#sequence;
  }

  get length(): number {
    return this.#events.length;
  }

  page(after: number | null, include: ThreadInclude, limit = THREAD_PAGE_SIZE): ThreadPage {
    const level = INCLUDE_LEVEL[include];
    const events: ThreadEvent[] = [];
    let last: number | null = null;
    for (const event of this.#events) {
      if (after !== null && event.sequence <= after) continue;
      if (events.length >= limit) break;
      last = event.sequence;
      if ((LEVEL[event.type] ?? 0) <= level) events.push(event);
    }
    return { events, last_sequence: last };
  }
}
