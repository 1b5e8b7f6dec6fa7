import type { ScenarioName } from '@vernkit/mock';

/** Imports-preview scenarios worth showing on the flagged-rows page (mock mode). */
export const IMPORT_SCENARIOS = [
  'destructive-patch',
  'flagged-rows',
  'repark',
] as const satisfies readonly ScenarioName[];
export type ImportScenario = (typeof IMPORT_SCENARIOS)[number];

const KEY = 'acme-demo:import-scenario';

/** The default asks for confirmation before dropping rows: the part of the review worth seeing. */
export function readImportScenario(storage: Storage): ImportScenario {
  const value = storage.getItem(KEY);
  return (IMPORT_SCENARIOS as readonly string[]).includes(value ?? '')
    ? (value as ImportScenario)
    : 'destructive-patch';
}

export function writeImportScenario(storage: Storage, value: ImportScenario): void {
  storage.setItem(KEY, value);
}
