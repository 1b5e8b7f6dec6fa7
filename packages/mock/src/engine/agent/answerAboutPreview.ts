import type { SheetWork, Workbook } from '../store.ts';
import { describePreview, flaggedRows } from './preview.ts';

const FLAGGED =
  /\b(flag|flagged|invalid|error|errors|fail|failed|failing|problem|problems|wrong|bad|issue|issues)\b/i;
const UNUSED =
  /\b(unmapped|unused|ignored|ignore|skipped|dropped|not used|didn't use|did not use|left out|leftover)\b/i;
const COUNT = /\b(how many|count|number of|total)\b/i;

/**
 * The agent's answer to a read-only question about the preview: where a column came
 * from, what is flagged and why, which of the customer's columns went unused, how many
 * rows there are. Plain markdown; falls back to a summary and what it can answer.
 */
export function answerAboutPreview(question: string, workbook: Workbook): string {
  const text = ` ${question.toLowerCase()} `;
  const parts: string[] = [];
  const columns = mentionedColumns(text, workbook);
  for (const { work, column } of columns) parts.push(describeColumn(work, column));
  const headers = columns.length === 0 ? mentionedHeaders(text, workbook) : [];
  for (const { work, header } of headers) parts.push(describeHeader(work, header));
  if (FLAGGED.test(question))
    parts.push(
      describeFlagged(
        workbook,
        columns.map((c) => c.column),
      ),
    );
  if (UNUSED.test(question)) parts.push(describeUnused(workbook));
  if (parts.length === 0 && COUNT.test(question)) parts.push(describePreview(workbook));
  if (parts.length === 0) {
    parts.push(
      describePreview(workbook),
      '',
      'Ask me which of your columns a field came from, how many rows are flagged and why, or which of your columns I left out.',
    );
  }
  return parts.join('\n\n');
}

function mentionedColumns(text: string, workbook: Workbook): Array<{ work: SheetWork; column: string }> {
  const found: Array<{ work: SheetWork; column: string }> = [];
  for (const work of workbook.sheets) {
    const names = work.template.columns.map((c) => c.name).sort((a, b) => b.length - a.length);
    let rest = text;
    for (const name of names) {
      const at = rest.indexOf(name.toLowerCase());
      if (at === -1 || !isWord(rest, at, name.length)) continue;
      found.push({ work, column: name });
      rest = `${rest.slice(0, at)}${' '.repeat(name.length)}${rest.slice(at + name.length)}`;
    }
  }
  return found;
}

function mentionedHeaders(text: string, workbook: Workbook): Array<{ work: SheetWork; header: string }> {
  const found: Array<{ work: SheetWork; header: string }> = [];
  for (const work of workbook.sheets) {
    for (const table of work.tables) {
      for (const header of table.header) {
        const at = text.indexOf(header.toLowerCase());
        if (at !== -1 && isWord(text, at, header.length)) found.push({ work, header });
      }
    }
  }
  return found;
}

function isWord(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + length] ?? ' ';
  return !/[a-z0-9]/i.test(before) && !/[a-z0-9]/i.test(after);
}

function describeColumn(work: SheetWork, column: string): string {
  const sources = work.sheet.lineage.find((l) => l.column === column)?.sources ?? [];
  const where = `**${column}** (${work.template.name})`;
  const flagged = work.sheet.invalid.filter((c) => c.column === column);
  const from =
    sources.length === 0
      ? `${where} is empty: none of your columns matched it.`
      : `${where} comes from ${sources.map((s) => `\`${s}\``).join(', then ')}${work.tables.length > 0 ? ` in ${work.tables.map((t) => t.name).join(', ')}` : ''}.`;
  if (flagged.length === 0) return from;
  return `${from} ${flagged.length} ${flagged.length === 1 ? 'cell is' : 'cells are'} flagged: ${topReasons(flagged)}.`;
}

function describeHeader(work: SheetWork, header: string): string {
  const feeds = work.sheet.lineage.filter((l) => l.sources.includes(header)).map((l) => `**${l.column}**`);
  if (feeds.length > 0)
    return `Your column \`${header}\` fills ${feeds.join(' and ')} in ${work.template.name}.`;
  return `I didn't use your column \`${header}\` in ${work.template.name}: it doesn't match any of its columns.`;
}

function describeFlagged(workbook: Workbook, only: readonly string[]): string {
  const lines = workbook.sheets.map((work) => {
    const cells = work.sheet.invalid.filter((c) => only.length === 0 || only.includes(c.column));
    const rows = flaggedRows(cells);
    if (rows === 0) return `- **${work.template.name}**: no flagged rows.`;
    return `- **${work.template.name}**: ${rows} flagged ${rows === 1 ? 'row' : 'rows'} (${topReasons(cells)}).`;
  });
  return ['Flagged rows stay in the preview and are left out of the default CSV download:', ...lines].join(
    '\n',
  );
}

function describeUnused(workbook: Workbook): string {
  const lines = workbook.sheets.map((work) =>
    work.mapping.unmapped.length === 0
      ? `- **${work.template.name}**: I used every column of your data.`
      : `- **${work.template.name}**: I left out ${work.mapping.unmapped.map((h) => `\`${h}\``).join(', ')}.`,
  );
  return lines.join('\n');
}

function topReasons(cells: ReadonlyArray<{ column: string; error: string }>): string {
  const counts = new Map<string, number>();
  for (const c of cells)
    counts.set(`${c.column}: ${c.error}`, (counts.get(`${c.column}: ${c.error}`) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([reason, n]) => `${n} × ${reason}`)
    .join('; ');
}
