/**
 * What validating a big preview costs on top of reading it: a 100,000 × 20 `GET /preview`
 * body through `JSON.parse`, then through `PreviewSchema` (`@vernkit/core`, as built). The
 * figure is the ratio of the two, taken pair by pair in the same process (target ≤ 0.25);
 * absolute times are printed beside it as min / median / max.
 */
import { PreviewSchema } from '@vernkit/core';
import { spreadMs } from './lib/format.ts';
import { type Measurement, writeResults } from './lib/results.ts';
import { percentile, spread } from './lib/stats.ts';

const ROWS = 100_000;
const COLUMNS = 20;
const RUNS = 7;
/** One row in fifty carries a flagged cell, in the shape the mock (and our API notes) use. */
const FLAGGED_EVERY = 50;

/** A deterministic PRNG (mulberry32): the same body on every machine and every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Cells of realistic length and variety (emails, names, phones, dates, statuses, free text). */
function previewBody(): string {
  const next = random(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
  const names = ['Jane', 'John', 'Priya', 'Marcus', 'Ana', 'Wei', 'Fatima', 'Olu', 'Sven', 'Mia'];
  const header = Array.from({ length: COLUMNS }, (_, c) => `Column ${c + 1}`);
  const cell = (r: number, c: number): string => {
    switch (c % 5) {
      case 0:
        return `${pick(names).toLowerCase()}.${r}@example${c}.com`;
      case 1:
        return pick(names);
      case 2:
        return `+1 415 555 ${String(Math.floor(next() * 10_000)).padStart(4, '0')}`;
      case 3:
        return `2024-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`;
      default:
        return pick(['Open', 'Closed', 'Pending', 'in progress', '', 'Follow up next week']);
    }
  };
  const rows: string[][] = [header];
  const invalid: { row: number; column: string; error: string }[] = [];
  for (let r = 0; r < ROWS; r++) {
    rows.push(Array.from({ length: COLUMNS }, (_, c) => cell(r, c)));
    if (r % FLAGGED_EVERY === 0) {
      invalid.push({ row: r, column: header[r % COLUMNS] as string, error: 'Required value is missing' });
    }
  }
  const template = { slug: 'contacts', name: 'Contacts' };
  return JSON.stringify({
    status: 'awaiting_approval',
    templates: [template],
    sheets: [{ template, rows, invalid_cells: invalid }],
  });
}

const body = previewBody();
console.error(`[bench] parse: ${(body.length / 1e6).toFixed(1)} MB body, ${RUNS} runs`);

const parseTimes: number[] = [];
const validateTimes: number[] = [];
const ratios: number[] = [];
// The first pass warms the JIT and is not counted.
for (let run = 0; run <= RUNS; run++) {
  const t0 = performance.now();
  const json: unknown = JSON.parse(body);
  const t1 = performance.now();
  const preview = PreviewSchema.parse(json);
  const t2 = performance.now();
  if (preview.sheets[0]?.rows.length !== ROWS + 1) throw new Error('PreviewSchema lost rows');
  if (run === 0) continue;
  parseTimes.push(t1 - t0);
  validateTimes.push(t2 - t1);
  ratios.push((t2 - t1) / (t1 - t0));
}

const measurements: Measurement[] = [
  {
    group: 'parse',
    name: `PreviewSchema / JSON.parse, ${ROWS.toLocaleString('en')} × ${COLUMNS}`,
    value: percentile(ratios, 50),
    unit: 'ratio',
    target: { kind: 'max', value: 0.25 },
    detail: `median of ${RUNS} same-run pairs; min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}`,
  },
  {
    group: 'parse',
    name: `  JSON.parse (${(body.length / 1e6).toFixed(1)} MB)`,
    value: percentile(parseTimes, 50),
    unit: 'ms',
    detail: `min / median / max ${spreadMs(spread(parseTimes))}`,
  },
  {
    group: 'parse',
    name: '  PreviewSchema.parse',
    value: percentile(validateTimes, 50),
    unit: 'ms',
    detail: `min / median / max ${spreadMs(spread(validateTimes))}`,
  },
];
writeResults('parse', measurements);
