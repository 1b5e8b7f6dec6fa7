import type { ThreadEvent } from '@vernkit/core';

/** The readable line of a thread event (`status` → `message`, `message` → `text`), as plain text. */
export function eventText(event: ThreadEvent): string | null {
  const { data } = event;
  const text =
    typeof data.text === 'string' ? data.text : typeof data.message === 'string' ? data.message : null;
  return text?.trim() ? text.trim() : null;
}
