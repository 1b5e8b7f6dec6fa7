/**
 * Bundle sizes of the built packages: raw and gzip (level 9, what CDNs serve) per JavaScript
 * file in each package's `dist`. Run through `pnpm bench`, which builds first.
 * To measure another package, add it to TARGETS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Target {
  name: string;
  dist: string;
}

interface Row {
  name: string;
  file: string;
  raw: number;
  gzip: number;
}

const ROOT = join(import.meta.dirname, '..');

const TARGETS: Target[] = [{ name: '@vernkit/core', dist: 'packages/core/dist' }];

const isBundle = (file: string) => /\.(m?js|cjs)$/.test(file);

function measure(target: Target): Row[] {
  const dir = join(ROOT, target.dist);
  if (!existsSync(dir)) throw new Error(`${target.name}: ${target.dist} does not exist; build it first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(isBundle)
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return {
        name: target.name,
        file: relative(ROOT, join(dir, file)),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.info(line(header));
  console.info(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.info(line(row));
}

const rows = TARGETS.flatMap(measure);
const totals = TARGETS.map((t) => {
  const own = rows.filter((r) => r.name === t.name);
  return { name: t.name, raw: own.reduce((s, r) => s + r.raw, 0), gzip: own.reduce((s, r) => s + r.gzip, 0) };
});

printTable(
  ['package', 'file', 'raw', 'gzip'],
  [
    ...rows.map((r) => [r.name, r.file, kb(r.raw), kb(r.gzip)]),
    ...(rows.length > TARGETS.length ? totals.map((t) => [t.name, '(total)', kb(t.raw), kb(t.gzip)]) : []),
  ],
);
