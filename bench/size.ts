/**
 * What the kit costs a host page in bytes. Each check of `.size-limit.json` (the budgets CI
 * enforces) is bundled exactly as size-limit bundles it (see `size/sizeBuild.ts`): minified and
 * gzipped (level 9, what size-limit and CDNs use), initial cost only. A second, code-splitting
 * build of the same entry measures what loads lazily (markdown), reported on its own line.
 * Run through `pnpm bench`, which builds the packages first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { kB } from './lib/format.ts';
import { type Measurement, writeResults } from './lib/results.ts';

const ROOT = join(import.meta.dirname, '..');

interface SizeLimitCheck {
  name: string;
  /** An esbuild config module (`bench/size/builds/*.ts`). */
  config?: string;
  /** A file measured as it is (the CSS). */
  path?: string;
  limit: string;
}

/** In-page peers, min + gzip, as given in issue 8 (not re-measured: they are not installed here). */
const PEERS: readonly { name: string; bytes: number; note: string }[] = [
  { name: 'csv-import-react', bytes: 266_000, note: 'in page' },
  { name: 'react-spreadsheet-import', bytes: 380_000, note: 'in page' },
  { name: '@flatfile/react', bytes: 262_000, note: 'plus an iframe' },
];

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** size-limit's units: `10 kB` is 10,000 bytes. */
function parseLimit(limit: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|M)?B$/.exec(limit.trim());
  if (!match) throw new Error(`.size-limit.json: cannot read the limit "${limit}"`);
  return Math.floor(Number(match[1]) * (match[2] === 'k' ? 1000 : match[2] === 'M' ? 1e6 : 1));
}

/** The package an input file belongs to: `zod`, `@radix-ui/react-tooltip`, `@vernkit/ui`. */
function packageOf(input: string): string {
  const inModules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (inModules) return inModules[1] as string;
  const inWorkspace = /packages\/([^/]+)\//.exec(input);
  return inWorkspace ? `@vernkit/${inWorkspace[1]}` : input;
}

/** The three packages that weigh most in the minified output: the first place to look when over budget. */
function heaviest(metafile: esbuild.Metafile): string {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage]
    .filter(([name]) => name !== '<stdin>')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, bytes]) => `${name} ${kB(bytes)}`)
    .join(', ');
}

interface BuildSize {
  min: number;
  gzip: number;
}

function sumOutputs(files: readonly esbuild.OutputFile[]): BuildSize {
  const js = files.filter((f) => f.path.endsWith('.js'));
  return {
    min: js.reduce((sum, f) => sum + f.contents.length, 0),
    gzip: js.reduce((sum, f) => sum + gzip(f.contents), 0),
  };
}

/**
 * What a code-splitting build of the entry loads on demand: the chunks its initial code reaches
 * through `import()`, and what those import in turn. esbuild also emits chunks for `import()`s
 * that tree-shaking removed; nothing loads those, so they are not counted.
 */
async function lazyChunks(options: esbuild.BuildOptions): Promise<BuildSize> {
  const result = await esbuild.build({ ...options, plugins: [], splitting: true, write: false });
  const outputs = result.metafile?.outputs ?? {};
  const entry = Object.keys(outputs).find((key) => outputs[key]?.entryPoint === options.stdin?.sourcefile);
  const reach = (from: string[], follow: (kind: string) => boolean) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const edge of outputs[key]?.imports ?? []) {
        if (!edge.external && follow(edge.kind)) visit(edge.path);
      }
    };
    for (const key of from) visit(key);
    return seen;
  };
  const initial = reach(entry ? [entry] : [], (kind) => kind === 'import-statement');
  const lazyRoots = [...initial].flatMap((key) =>
    (outputs[key]?.imports ?? [])
      .filter((e) => e.kind === 'dynamic-import' && !e.external)
      .map((e) => e.path),
  );
  const lazy = [...reach(lazyRoots, (kind) => kind === 'import-statement' || kind === 'dynamic-import')]
    .filter((key) => !initial.has(key))
    .map((key) => resolve(key));
  return sumOutputs(result.outputFiles.filter((f) => lazy.includes(f.path)));
}

/**
 * Issue 8's targets, by check name. `.size-limit.json` holds the CI gates, which sit just above
 * today's sizes so a regression fails CI; the table reports against these targets, so the
 * distance still to go stays in view.
 */
const ISSUE_TARGETS: Record<string, string> = {
  'headless layer: @vernkit/core + @vernkit/react': '10 kB',
  'whole kit: @vernkit/ui': '50 kB',
  'one component: QuestionForm alone': '12 kB',
  'one component: ReportSummary alone': '12 kB',
};

function targetOf(check: SizeLimitCheck) {
  return { kind: 'max', value: parseLimit(ISSUE_TARGETS[check.name] ?? check.limit) } as const;
}

const gateNote = (check: SizeLimitCheck) => (ISSUE_TARGETS[check.name] ? `; CI gate ${check.limit}` : '');

async function measureBuild(check: SizeLimitCheck & { config: string }): Promise<Measurement[]> {
  const options = (await import(join(ROOT, check.config))).default as esbuild.BuildOptions;
  const target = targetOf(check);
  try {
    const result = await esbuild.build({ ...options, write: false });
    const initial = sumOutputs(result.outputFiles);
    const lazy = await lazyChunks(options);
    const rows: Measurement[] = [
      {
        group: 'size',
        name: check.name,
        value: initial.gzip,
        unit: 'bytes',
        target,
        detail: `min ${kB(initial.min)}${gateNote(check)}; heaviest (min): ${result.metafile ? heaviest(result.metafile) : '?'}`,
      },
    ];
    if (lazy.min > 0) {
      rows.push({
        group: 'size',
        name: `  + lazy chunks (on demand, not counted)`,
        value: lazy.gzip,
        unit: 'bytes',
        detail: `min ${kB(lazy.min)}`,
      });
    }
    return rows;
  } catch (error) {
    const message = (error as esbuild.BuildFailure).errors?.[0]?.text ?? String(error);
    return [{ group: 'size', name: check.name, value: 0, unit: 'bytes', target, error: message }];
  }
}

function measureFile(check: SizeLimitCheck & { path: string }): Measurement {
  const target = targetOf(check);
  try {
    const bytes = readFileSync(join(ROOT, check.path));
    return {
      group: 'size',
      name: check.name,
      value: gzip(bytes),
      unit: 'bytes',
      target,
      detail: `min ${kB(bytes.length)}`,
    };
  } catch (error) {
    return { group: 'size', name: check.name, value: 0, unit: 'bytes', target, error: String(error) };
  }
}

const checks = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as SizeLimitCheck[];
const measurements: Measurement[] = [];
for (const check of checks) {
  console.error(`[bench] size: ${check.name}`);
  if (check.config) measurements.push(...(await measureBuild({ ...check, config: check.config })));
  else if (check.path) measurements.push(measureFile({ ...check, path: check.path }));
}
for (const peer of PEERS) {
  measurements.push({
    group: 'size',
    name: `peer: ${peer.name}`,
    value: peer.bytes,
    unit: 'bytes',
    detail: `reference, ${peer.note} (issue 8)`,
  });
}
writeResults('size', measurements);
