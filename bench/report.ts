/**
 * The one table of `pnpm bench`, then one summary line: every measurement the benchmarks
 * wrote to `bench/results/`, with its target and whether it is met. Prints; never fails.
 */
import { kB, ms, table } from './lib/format.ts';
import { type Measurement, meetsTarget, readResults } from './lib/results.ts';

function formatValue(m: Pick<Measurement, 'unit' | 'value'>): string {
  switch (m.unit) {
    case 'bytes':
      return kB(m.value);
    case 'ms':
      return ms(m.value);
    case 'ratio':
      return `${m.value.toFixed(3)}×`;
    default:
      return String(m.value);
  }
}

function formatTarget(m: Measurement): string {
  if (!m.target) return '';
  return `${m.target.kind === 'max' ? '≤' : '='} ${formatValue({ unit: m.unit, value: m.target.value })}`;
}

const results = readResults();
const rows = results.map((m) => {
  const met = meetsTarget(m);
  const verdict = m.error ? 'n/a' : met === null ? '' : met ? 'ok' : 'OVER';
  return [
    m.group,
    m.name,
    m.error ? '—' : formatValue(m),
    formatTarget(m),
    verdict,
    m.error ?? m.detail ?? '',
  ];
});
console.info(table(['group', 'measurement', 'value', 'target', '', 'detail'], rows, 'llrrll'));

const targeted = results.filter((m) => m.target);
const missed = targeted.filter((m) => meetsTarget(m) === false);
const unmeasured = targeted.filter((m) => m.error);
const met = targeted.length - missed.length - unmeasured.length;
const misses = missed.map((m) => `${m.name.trim()} ${formatValue(m)} (${formatTarget(m)})`);
console.info(
  `\nbench: ${met}/${targeted.length} targets met` +
    (unmeasured.length ? `, ${unmeasured.length} not measured` : '') +
    (misses.length ? `; missed: ${misses.join('; ')}` : ''),
);
