import type { ScenarioName } from './scenarios.ts';

/**
 * How a scenario steers the simulated agent. Scripts read these knobs; no route or
 * script branches on a scenario's name.
 */
export interface ScenarioPolicy {
  /** Multiplies every phase's duration. */
  pace: number;
  /** The agent always asks what the data leaves ambiguous; this many blocks at least, forcing a question when the data settles everything. */
  minQuestionRounds: number;
  /** Ask one question per block instead of everything open at once. */
  oneAtATime: boolean;
  /** generate extracts from a live source, attaching one when the migration has none. */
  liveSource: boolean;
  /** The reason generate and imports fail with, after reading the files. */
  failure: string | null;
  /** The flavour of an import's proposed patch. */
  patch: 'auto' | 'safe' | 'destructive';
  /** Approvals that fix only part of the patch, re-parking the import. */
  reparks: number;
  /** The engine dies after reading the files. */
  hang: boolean;
  /** Progress messages report retries. */
  retries: boolean;
}

const BASE: ScenarioPolicy = {
  pace: 1,
  minQuestionRounds: 0,
  oneAtATime: false,
  liveSource: false,
  failure: null,
  patch: 'auto',
  reparks: 0,
  hang: false,
  retries: false,
};

export const POLICIES: Record<ScenarioName, ScenarioPolicy> = {
  happy: BASE,
  question: { ...BASE, minQuestionRounds: 1 },
  'two-questions': { ...BASE, minQuestionRounds: 2, oneAtATime: true },
  credentials: { ...BASE, liveSource: true },
  failure: {
    ...BASE,
    failure:
      "I couldn't produce a working mapping even after self-healing: the files don't contain the columns your templates require.",
  },
  'flagged-rows': { ...BASE, patch: 'safe' },
  'destructive-patch': { ...BASE, patch: 'destructive' },
  repark: { ...BASE, reparks: 1 },
  stale: { ...BASE, hang: true },
  slow: { ...BASE, pace: 4, retries: true },
};
