import type { ThreadEvent } from '@vernkit/core';

export type RefineKind = 'update' | 'clarify';

export interface Exchange {
  kind: RefineKind;
  message: string;
  /** The highest thread sequence known when the message was sent; its answer comes after. */
  afterSequence: number;
}

export interface ExchangeAnswer {
  /** Agent messages (markdown) that arrived after the request, before the next one. */
  messages: string[];
  /** Error events in the same window. */
  errors: string[];
}

export function lastSequence(events: readonly ThreadEvent[]): number {
  let max = -1;
  for (const e of events) if (e.sequence > max) max = e.sequence;
  return max;
}

/** The agent's reply to an exchange: `message` (not the user's own) and `error` events in its window. */
export function answerFor(
  events: readonly ThreadEvent[],
  exchange: Exchange,
  next: Exchange | undefined,
): ExchangeAnswer {
  const end = next?.afterSequence ?? Number.POSITIVE_INFINITY;
  const messages: string[] = [];
  const errors: string[] = [];
  for (const e of events) {
    if (e.sequence <= exchange.afterSequence || e.sequence > end) continue;
    if (e.type === 'message' && typeof e.data.text === 'string' && e.data.role !== 'user')
      messages.push(e.data.text);
    if (e.type === 'error') {
      const text = [e.data.message, e.data.error].find((v) => typeof v === 'string');
      if (text) errors.push(text as string);
    }
  }
  return { messages, errors };
}
