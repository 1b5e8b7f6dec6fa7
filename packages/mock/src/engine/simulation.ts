import { MockDataError } from '../data/index.ts';
import { POLICIES, type ScenarioPolicy } from '../scenarios/policies.ts';
import type { ScenarioName } from '../scenarios/scenarios.ts';
import { agentContext } from './agent/context.ts';
import { RunFailure } from './agent/RunFailure.ts';
import { STALE_AFTER_MS } from './agent/timing.ts';
import type { MockClock } from './clock.ts';
import { advance, isStale, nextWake, stop } from './runner.ts';
import type { ImportRun, MigrationRecord, MigrationRun, World } from './store.ts';

export const TIMED_OUT = 'Import timed out';

/** The in-memory Vern: its data, its clock, and how fast and which way its agent behaves. */
export interface Simulation {
  world: World;
  clock: MockClock;
  speed: number;
  scenario: ScenarioName;
}

export function policyFor(sim: Simulation, scenario: ScenarioName | null): ScenarioPolicy {
  return POLICIES[scenario ?? sim.scenario];
}

/** Replay every step due by now, then sweep hung runs. Called at the start of each request. */
export function tick(sim: Simulation): void {
  const now = sim.clock.now();
  for (const migration of sim.world.migrations.values()) {
    for (const run of migration.runs.values()) tickMigrationRun(sim, migration, run, now);
  }
  for (const company of sim.world.companies.values()) {
    for (const run of company.imports) tickImport(run, now);
  }
}

function tickMigrationRun(sim: Simulation, migration: MigrationRecord, run: MigrationRun, now: number): void {
  advance(run.drive, now, (error) => {
    failMigrationRun(sim, migration, run, reasonOf(error));
  });
  if (isStale(run.drive, now, STALE_AFTER_MS)) {
    const at = run.drive.hungAt as number;
    run.drive.stepAt = at + STALE_AFTER_MS * run.drive.factor;
    failMigrationRun(sim, migration, run, TIMED_OUT);
  }
}

function tickImport(run: ImportRun, now: number): void {
  advance(run.drive, now, (error) => {
    failImport(run, reasonOf(error));
  });
  if (isStale(run.drive, now, STALE_AFTER_MS)) failImport(run, TIMED_OUT);
}

export function failMigrationRun(
  _sim: Simulation,
  migration: MigrationRecord,
  run: MigrationRun,
  reason: string,
): void {
  stop(run.drive);
  run.status = 'failed';
  run.error = reason;
  run.message = null;
  run.blockedReason = null;
  run.questions = [];
  run.credentialRequest = null;
  run.work = null;
  migration.thread.append('error', { message: reason }, run.drive.stepAt);
}

function failImport(run: ImportRun, reason: string): void {
  stop(run.drive);
  run.status = 'failed';
  run.error = reason;
  run.message = null;
  run.needsAttention = null;
}

/** The earliest time anything in this migration changes by itself, or `null` when nothing will. */
export function migrationWake(migration: MigrationRecord): number | null {
  let wake: number | null = null;
  for (const run of migration.runs.values()) {
    const at = nextWake(run.drive, STALE_AFTER_MS);
    if (at !== null && (wake === null || at < wake)) wake = at;
  }
  return wake;
}

/** The earliest pending step of any run, for `settle()`. */
export function worldWake(sim: Simulation): number | null {
  let wake: number | null = null;
  const consider = (at: number | null) => {
    if (at !== null && (wake === null || at < wake)) wake = at;
  };
  for (const migration of sim.world.migrations.values()) consider(migrationWake(migration));
  for (const company of sim.world.companies.values()) {
    for (const run of company.imports) consider(nextWake(run.drive, STALE_AFTER_MS));
  }
  return wake;
}

export function contextFor(sim: Simulation, migration: MigrationRecord, run: MigrationRun) {
  return agentContext(sim.world, migration, run, policyFor(sim, migration.scenario));
}

function reasonOf(error: unknown): string {
  if (error instanceof RunFailure || error instanceof MockDataError) return error.message;
  console.error('[vernkit-mock] a run script crashed', error);
  return 'The agent hit an unexpected problem and stopped. Start the run again; if it keeps happening, contact support.';
}
