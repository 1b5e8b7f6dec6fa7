import { mapHeaders, mappingScore } from './mapHeaders.ts';
import type { HeaderMapping, ParsedTable, Template } from './types.ts';

export interface AssignedTables {
  template: Template;
  /** The tables that feed this template, in upload order; possibly none. */
  tables: ParsedTable[];
  /** The mapping over the union of those tables' headers. */
  mapping: HeaderMapping;
}

/**
 * Decide which template each uploaded table feeds: the one whose columns it matches best
 * (ties go to the earlier template). A table matching no template feeds none and appears
 * in no entry. Returns one entry per template, in the order given.
 */
export function assignTables(
  tables: readonly ParsedTable[],
  templates: readonly Template[],
): AssignedTables[] {
  const buckets = templates.map(() => [] as ParsedTable[]);
  for (const table of tables) {
    let best = -1;
    let bestScore = 0;
    templates.forEach((template, i) => {
      const score = mappingScore(mapHeaders(table, template));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best !== -1) buckets[best]?.push(table);
  }
  return templates.map((template, i) => {
    const assigned = buckets[i] ?? [];
    return { template, tables: assigned, mapping: mapHeaders({ header: unionHeader(assigned) }, template) };
  });
}

function unionHeader(tables: readonly ParsedTable[]): string[] {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const h of t.header) {
      if (!seen.has(h)) {
        seen.add(h);
        header.push(h);
      }
    }
  }
  return header;
}
