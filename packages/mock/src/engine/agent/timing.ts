/**
 * How long each step takes at `speed: 1`, in ms: a few seconds per phase, enough for a
 * demo to show progress. `speed` and the scenario's pace scale all of them.
 */
export const TIMING = {
  queue: 600,
  readFile: 700,
  connect: 900,
  extractStream: 800,
  map: 1200,
  clean: 1000,
  finish: 500,
  resume: 600,
  update: 1500,
  clarify: 1200,
  execute: 1500,
  selfHeal: 800,
  importApply: 1200,
  retry: 1500,
} as const;

/** How long a hung run stays `running` before it is swept to failed ("Import timed out"), at speed 1. */
export const STALE_AFTER_MS = 30_000;
