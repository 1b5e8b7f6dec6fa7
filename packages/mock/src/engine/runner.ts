/**
 * Runs are generator scripts advanced lazily: each request first calls `advance(now)`,
 * which replays every step whose scheduled time has passed. Nothing ticks in the
 * background, so fake timers, `speed: 0` and a paused browser tab all just work, and
 * an event's `created_at` is the time it was scheduled for, not the time it was seen.
 */

/** What a script yields to the runner. */
export type Effect =
  /** Resume after `ms` of realistic time (scaled by speed and the scenario's pace). */
  | { type: 'wait'; ms: number }
  /** Wait for the customer (question, credentials, decision); the script set the run's state first. */
  | { type: 'pause' }
  /** The engine dies silently: no more progress until the stale sweep fails the run. */
  | { type: 'hang' };

export type Script<Reply> = Generator<Effect, void, Reply | undefined>;

export const wait = (ms: number): Effect => ({ type: 'wait', ms });
export const pause: Effect = { type: 'pause' };
export const hang: Effect = { type: 'hang' };

/** The part of a run the runner drives; the run records carry it. */
export interface Drive<Reply> {
  script: Script<Reply> | null;
  /** When the script next resumes; `null` while paused, hung or finished. */
  nextAt: number | null;
  /** The scheduled time of the step now executing: scripts stamp what they do with it. */
  stepAt: number;
  /** The time of the last step, for the stale sweep. */
  lastProgressAt: number;
  hungAt: number | null;
  reply: Reply | undefined;
  /** Time factor: speed × the scenario's pace. */
  factor: number;
}

export function newDrive<Reply>(now: number, factor: number): Drive<Reply> {
  return {
    script: null,
    nextAt: null,
    stepAt: now,
    lastProgressAt: now,
    hungAt: null,
    reply: undefined,
    factor,
  };
}

export function start<Reply>(drive: Drive<Reply>, script: Script<Reply>, now: number): void {
  drive.script?.return();
  drive.script = script;
  drive.nextAt = now;
  drive.hungAt = null;
  drive.reply = undefined;
}

/** Resume a paused script with the customer's reply at `now`. */
export function resume<Reply>(drive: Drive<Reply>, reply: Reply, now: number): void {
  drive.reply = reply;
  drive.nextAt = now;
}

export function stop<Reply>(drive: Drive<Reply>): void {
  const script = drive.script;
  drive.script = null;
  drive.nextAt = null;
  drive.hungAt = null;
  script?.return();
}

/**
 * Replay the steps due by `now`. A script that throws ends the run: `onError` decides how
 * (a malformed upload fails the run with its reason).
 */
export function advance<Reply>(drive: Drive<Reply>, now: number, onError: (error: unknown) => void): void {
  while (drive.script && drive.nextAt !== null && drive.nextAt <= now) {
    const at = drive.nextAt;
    drive.stepAt = at;
    drive.lastProgressAt = at;
    const reply = drive.reply;
    drive.reply = undefined;
    let result: IteratorResult<Effect, void>;
    try {
      result = drive.script.next(reply);
    } catch (error) {
      drive.script = null;
      drive.nextAt = null;
      onError(error);
      return;
    }
    if (result.done) {
      drive.script = null;
      drive.nextAt = null;
      return;
    }
    const effect = result.value;
    if (effect.type === 'wait') drive.nextAt = at + Math.max(0, effect.ms) * drive.factor;
    else drive.nextAt = null;
    if (effect.type === 'hang') drive.hungAt = at;
  }
}

/** When this drive next needs attention (a step or the stale sweep), or `null`. */
export function nextWake<Reply>(drive: Drive<Reply>, staleAfterMs: number): number | null {
  if (drive.nextAt !== null) return drive.nextAt;
  if (drive.hungAt !== null) return drive.hungAt + staleAfterMs * drive.factor;
  return null;
}

/** True once a hung script has been silent for the stale window. */
export function isStale<Reply>(drive: Drive<Reply>, now: number, staleAfterMs: number): boolean {
  return drive.hungAt !== null && now >= drive.hungAt + staleAfterMs * drive.factor;
}
