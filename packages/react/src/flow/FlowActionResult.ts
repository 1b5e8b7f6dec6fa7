import type { VernApiError } from '@vernkit/core';

/**
 * What a flow action resolves to. Actions never reject: a failure is returned (and shown as
 * the flow's `error`), so a fire-and-forget `onClick={() => flow.execute()}` cannot leak an
 * unhandled rejection.
 */
export type FlowActionResult = { ok: true } | { ok: false; error: VernApiError };
