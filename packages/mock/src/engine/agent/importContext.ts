import type { ScenarioPolicy } from '../../scenarios/policies.ts';
import type { CompanyRecord, ImportRun, World } from '../store.ts';
import { createNarrator, type Narrator } from './narrator.ts';

/** An import run's script context. The imports preview has no thread: only the progress message shows. */
export interface ImportContext {
  world: World;
  company: CompanyRecord;
  run: ImportRun;
  policy: ScenarioPolicy;
  say: Narrator;
}

export function importContext(
  world: World,
  company: CompanyRecord,
  run: ImportRun,
  policy: ScenarioPolicy,
): ImportContext {
  const say = createNarrator(null, run.drive, (message) => {
    run.message = message;
  });
  return { world, company, run, policy, say };
}
