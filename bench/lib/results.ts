/**
 * Each benchmark writes what it measured to `bench/results/<group>.tmp` (JSON, git-ignored);
 * `bench/report.ts` reads them all back and prints the one table and the summary line.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Group = 'size' | 'network' | 'parse' | 'render';

export interface Target {
  /** `max`: the value must not exceed `value`; `equal`: it must be exactly `value`. */
  kind: 'max' | 'equal';
  value: number;
}

export interface Measurement {
  group: Group;
  name: string;
  /** The figure that counts: compared with `target` when there is one. */
  value: number;
  unit: 'bytes' | 'ms' | 'ratio' | 'requests' | 'frames';
  target?: Target;
  /** Beside the figure: spreads, the build it came from, why a budget is blown. */
  detail?: string;
  /** Set when the measurement could not be taken; `value` is then meaningless. */
  error?: string;
}

export const RESULTS_DIR = join(import.meta.dirname, '..', 'results');

export function writeResults(group: Group, measurements: readonly Measurement[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${group}.tmp`), `${JSON.stringify(measurements, null, 2)}\n`);
}

export function readResults(): Measurement[] {
  let files: string[];
  try {
    files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.tmp'));
  } catch {
    return [];
  }
  const order: Group[] = ['size', 'network', 'parse', 'render'];
  return files
    .flatMap((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as Measurement[])
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

export function clearResults(): void {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
}

/** `null` when there is nothing to meet: no target, or nothing measured. */
export function meetsTarget(m: Measurement): boolean | null {
  if (!m.target || m.error) return null;
  return m.target.kind === 'max' ? m.value <= m.target.value : m.value === m.target.value;
}
