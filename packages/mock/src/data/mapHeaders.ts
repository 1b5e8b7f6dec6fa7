import { headerKey } from './headerKey.ts';
import { synonymKeys } from './synonyms.ts';
import type { ColumnMatch, HeaderMapping, MatchKind, ParsedTable, Template } from './types.ts';

const RANK: Record<MatchKind, number> = { exact: 0, synonym: 1, partial: 2 };
const MIN_PARTIAL = 4;

interface Pair {
  column: number;
  header: number;
  match: MatchKind;
  /** For containment: where the match ends. English headers end in their head noun ("Company Website URL" is a website). */
  end: number;
}

/**
 * Match a table's headers to a template's columns, ignoring case, spacing and punctuation,
 * with a synonym table ("Surname" → Last Name) and, failing those, containment
 * ("Contact Email" → Email). Each header feeds at most one column, best matches first.
 * A column with two or more exact-or-synonym candidates ("Phone" and "Mobile") is
 * ambiguous: it gets a provisional pick and is listed in `ambiguous`.
 */
export function mapHeaders(table: Pick<ParsedTable, 'header'>, template: Template): HeaderMapping {
  const columns = (template.columns ?? []).map((c) => c.name);
  const columnKeys = columns.map(headerKey);
  const headerKeys = table.header.map(headerKey);
  const pairs: Pair[] = [];
  columns.forEach((_, c) => {
    headerKeys.forEach((key, h) => {
      const found = matchKind(key, columnKeys[c] as string);
      if (found) pairs.push({ column: c, header: h, ...found });
    });
  });
  // A header that is exactly another column's name belongs to that column, never to this one as a synonym.
  const exactOwner = new Map<number, number>();
  for (const p of pairs) if (p.match === 'exact') exactOwner.set(p.header, p.column);
  const usable = pairs.filter((p) => {
    const owner = exactOwner.get(p.header);
    return owner === undefined || owner === p.column;
  });
  usable.sort(
    (a, b) => RANK[a.match] - RANK[b.match] || b.end - a.end || a.column - b.column || a.header - b.header,
  );

  const assigned = new Map<number, Pair>();
  const usedHeaders = new Set<number>();
  for (const p of usable) {
    if (assigned.has(p.column) || usedHeaders.has(p.header)) continue;
    assigned.set(p.column, p);
    usedHeaders.add(p.header);
  }

  const result: ColumnMatch[] = columns.map((column, c) => {
    const pick = assigned.get(c);
    const candidates = usable
      .filter((p) => p.column === c && p.match !== 'partial' && (!usedHeaders.has(p.header) || p === pick))
      .map((p) => p.header);
    if (pick && !candidates.includes(pick.header)) candidates.unshift(pick.header);
    return {
      column,
      source: pick ? (table.header[pick.header] as string) : null,
      match: pick ? pick.match : null,
      candidates: candidates.map((h) => table.header[h] as string),
    };
  });
  const ambiguous = result
    .filter((m) => m.candidates.length > 1)
    .map((m) => ({ column: m.column, candidates: m.candidates }));
  const inQuestion = new Set(ambiguous.flatMap((a) => a.candidates));
  const unmapped = table.header.filter((h, i) => !usedHeaders.has(i) && !inQuestion.has(h));
  return { columns: result, ambiguous, unmapped };
}

function matchKind(header: string, column: string): { match: MatchKind; end: number } | null {
  if (header === '' || column === '') return null;
  if (header === column) return { match: 'exact', end: 0 };
  const synonyms = synonymKeys(column);
  if (synonyms.has(header)) return { match: 'synonym', end: 0 };
  let end = -1;
  for (const needle of [column, ...synonyms]) {
    if (needle.length < MIN_PARTIAL) continue;
    const at = header.lastIndexOf(needle);
    if (at !== -1) end = Math.max(end, at + needle.length);
  }
  return end === -1 ? null : { match: 'partial', end };
}

/** How well a table fits a template: exact matches count most. */
export function mappingScore(mapping: HeaderMapping): number {
  let score = 0;
  for (const m of mapping.columns) if (m.match) score += 3 - RANK[m.match];
  return score;
}
