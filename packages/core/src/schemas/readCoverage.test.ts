import { type CoverageColumn, CoverageColumnSchema } from './coverage.ts';
import { isPlainObject } from './plainObject.ts';
import { isHollow, readCoverage } from './readCoverage.ts';

/** What `readCoverage` did with zod: each item through `CoverageColumnSchema.safeParse`. */
function readWithSchema(coverage: unknown): CoverageColumn[] {
  if (!isPlainObject(coverage)) return [];
  const out: CoverageColumn[] = [];
  const take = (items: unknown, sheet?: string) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const parsed = CoverageColumnSchema.safeParse(isPlainObject(item) && sheet ? { sheet, ...item } : item);
      if (parsed.success) out.push(parsed.data);
    }
  };
  take(coverage.columns);
  if (Array.isArray(coverage.sheets)) {
    for (const sheet of coverage.sheets) {
      if (isPlainObject(sheet)) {
        take(sheet.columns, [sheet.templateName, sheet.name].find((n) => typeof n === 'string') as string);
      }
    }
  }
  return out;
}

const stat = (filled: unknown, total: unknown, extra: Record<string, unknown> = {}) => ({
  filled,
  total,
  ...extra,
});
const good = { column: 'Email', input: stat(9, 10), output: stat(8, 10) };

/** One column each: `keep` says whether the schema accepts it. */
const columns: Array<[name: string, item: unknown, keep: boolean]> = [
  ['well formed', good, true],
  ['with distinct counts', { ...good, output: stat(8, 10, { distinct: 3 }) }, true],
  ['with a sheet', { ...good, sheet: 'Contacts' }, true],
  ['no source column (input null)', { ...good, input: null }, true],
  ['no input key', { column: 'Owner', output: stat(0, 10) }, true],
  ['input explicitly undefined', { ...good, input: undefined }, true],
  ['sheet explicitly undefined', { ...good, sheet: undefined }, true],
  ['distinct explicitly undefined', { ...good, output: stat(8, 10, { distinct: undefined }) }, true],
  ['extra fields on the column and stats', { ...good, note: 'x', output: stat(8, 10, { nulls: 2 }) }, true],
  ['negative counts (z.number() allows them)', { ...good, output: stat(-1, -10) }, true],
  ['zero total', { ...good, output: stat(0, 0) }, true],
  ['not an object', 'Email', false],
  ['null', null, false],
  ['an array', [good], false],
  ['column missing', { output: stat(1, 2) }, false],
  ['column a number', { ...good, column: 7 }, false],
  ['sheet a number', { ...good, sheet: 1 }, false],
  ['sheet null', { ...good, sheet: null }, false],
  ['output missing', { column: 'Email', input: stat(1, 2) }, false],
  ['output null', { ...good, output: null }, false],
  ['output an array', { ...good, output: [8, 10] }, false],
  ['filled a string', { ...good, output: stat('8', 10) }, false],
  ['total missing', { ...good, output: { filled: 8 } }, false],
  ['filled NaN', { ...good, output: stat(Number.NaN, 10) }, false],
  ['total Infinity', { ...good, output: stat(8, Number.POSITIVE_INFINITY) }, false],
  ['distinct null', { ...good, output: stat(8, 10, { distinct: null }) }, false],
  ['distinct a string', { ...good, output: stat(8, 10, { distinct: '3' }) }, false],
  ['input malformed (not null, not a stat)', { ...good, input: stat(Number.NaN, 10) }, false],
  ['input a number', { ...good, input: 5 }, false],
];

describe('readCoverage', () => {
  it.each(columns)('%s: kept exactly as CoverageColumnSchema would', (_name, item, keep) => {
    const coverage = { columns: [item] };
    const read = readCoverage(coverage);
    expect(read).toHaveLength(keep ? 1 : 0);
    expect(read).toStrictEqual(readWithSchema(coverage));
  });

  it('keeps the well-formed columns of a mixed list, in order', () => {
    const coverage = { columns: columns.map(([, item]) => item) };
    const read = readCoverage(coverage);
    expect(read).toHaveLength(columns.filter(([, , keep]) => keep).length);
    expect(read).toStrictEqual(readWithSchema(coverage));
  });

  it('reads columns nested per sheet, naming the sheet unless the column names its own', () => {
    const coverage = {
      columns: [good],
      sheets: [
        { templateName: 'Contacts', columns: [good, { ...good, sheet: 'Own' }, { ...good, sheet: 3 }] },
        { name: 'Companies', columns: [{ ...good, column: 'Name' }] },
        { templateName: 5, name: 'Deals', columns: [good] },
        { templateName: '', columns: [good] },
        { columns: [good] },
        { templateName: 'Broken', columns: 'nope' },
        'not a sheet',
        null,
      ],
    };
    const read = readCoverage(coverage);
    expect(read.map((c) => [c.sheet, c.column])).toEqual([
      [undefined, 'Email'],
      ['Contacts', 'Email'],
      ['Own', 'Email'],
      ['Companies', 'Name'],
      ['Deals', 'Email'],
      [undefined, 'Email'],
      [undefined, 'Email'],
    ]);
    expect(read).toStrictEqual(readWithSchema(coverage));
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'coverage'],
    ['an array', [good]],
    ['an empty object', {}],
    ['columns not an array', { columns: good }],
    ['sheets not an array', { sheets: { columns: [good] } }],
  ])('reads nothing from %s', (_name, coverage) => {
    expect(readCoverage(coverage)).toEqual([]);
  });

  it('returns copies: changing what it read leaves the report alone', () => {
    const item = { ...good, input: stat(9, 10), output: stat(8, 10) };
    const [read] = readCoverage({ columns: [item] });
    expect(read).not.toBe(item);
    expect(read?.output).not.toBe(item.output);
    expect(read?.input).not.toBe(item.input);
  });
});

describe('isHollow', () => {
  const fill = (filled: number, total: number) => ({ filled, total });
  const column = (input: CoverageColumn['input'], output: CoverageColumn['output']): CoverageColumn => ({
    column: 'c',
    input,
    output,
  });

  it('is hollow when the output kept under half of what the source had', () => {
    expect(isHollow(column(fill(90, 100), fill(40, 100)))).toBe(true);
    expect(isHollow(column(fill(90, 100), fill(50, 100)))).toBe(false);
  });

  it('is not hollow when the source was empty too', () => {
    expect(isHollow(column(fill(0, 100), fill(0, 100)))).toBe(false);
  });

  it('without a source column, is hollow only when the output is empty', () => {
    expect(isHollow(column(null, fill(0, 100)))).toBe(true);
    expect(isHollow(column(undefined, fill(1, 100)))).toBe(false);
    expect(isHollow(column(null, fill(0, 0)))).toBe(false);
  });
});
