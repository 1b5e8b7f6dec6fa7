import type { ScenarioPolicy } from '../../scenarios/policies.ts';
import type { MigrationRecord, MigrationRun, World } from '../store.ts';
import { createNarrator, type Narrator } from './narrator.ts';

/** Everything a migration run's script works with. */
export interface AgentContext {
  world: World;
  migration: MigrationRecord;
  run: MigrationRun;
  policy: ScenarioPolicy;
  say: Narrator;
}

export function agentContext(
  world: World,
  migration: MigrationRecord,
  run: MigrationRun,
  policy: ScenarioPolicy,
): AgentContext {
  const say = createNarrator(migration.thread, run.drive, (message) => {
    run.message = message;
  });
  return { world, migration, run, policy, say };
}

/** Put the run back to work (a resumed phase, or out of `queued`). */
export function setRunning(ctx: AgentContext, message: string): void {
  const { run } = ctx;
  run.status = 'running';
  run.blockedReason = null;
  run.questions = [];
  run.questionSheets = new Map();
  run.credentialRequest = null;
  ctx.say.status(message);
}
