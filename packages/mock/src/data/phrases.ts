import { headerKey } from './headerKey.ts';
import { synonymKeys } from './synonyms.ts';
import type { Template } from './types.ts';

/** Plain-language helpers shared by answers and instructions. */

/** `"in progress"`, `'Open'`, `“Open”` → the text inside; otherwise trimmed, trailing punctuation dropped. */
export function unquote(text: string): string {
  const t = text
    .trim()
    .replace(/[.!?]+$/, '')
    .trim();
  const m = /^(["'“‘`])([\s\S]*)(["'”’`])$/.exec(t);
  return m ? (m[2] as string) : t;
}

/** Lowercase words separated by single spaces, for phrase search. */
export function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Template columns a message names (by name, plural, or a common synonym: "emails",
 * "surname", "company"), in the order they appear.
 */
export function mentionedColumns(message: string, template: Template): string[] {
  // "cells", "values" are how people point at data, not the Phone column's "cell" synonym.
  const text = words(message).replace(/ (?:cells?|values?|rows?|columns?|fields?|entries) /g, '  ');
  const found: Array<{ column: string; at: number }> = [];
  for (const column of (template.columns ?? []).map((c) => c.name)) {
    let at = -1;
    for (const phrase of columnPhrases(column)) {
      const i = text.indexOf(` ${phrase} `);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at !== -1) found.push({ column, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

function columnPhrases(column: string): string[] {
  const base = words(column).trim();
  const phrases = new Set([base, `${base}s`, `${base}es`, base.replace(/y$/, 'ies')]);
  // Synonyms are stored as keys (no spaces), so match them only when they are one word.
  for (const key of synonymKeys(headerKey(column))) {
    if (key.length >= 4) {
      phrases.add(key);
      phrases.add(`${key}s`);
    }
  }
  phrases.add(headerKey(column));
  return [...phrases].filter((p) => p.length > 0);
}

/** Whether `text` starts by naming a template column ("last name …", "the Phone column …"). */
export function startsWithColumn(text: string, template: Template): boolean {
  const head = words(text).replace(/^ (?:the|all|any|every) /, ' ');
  return (template.columns ?? []).some((c) => columnPhrases(c.name).some((p) => head.startsWith(` ${p} `)));
}

export interface ValuePair {
  from: string;
  to: string;
}

const VERB =
  /^(?:(?:please|also|and|then)\s+)*(map|treat|change|convert|replace|rename|turn|set|make|recode)\s+/i;
const PAIR = /^(.+?)\s+(?:to|as|into|with|->|→|=>|=|means|should be|becomes)\s+(.+)$/i;
const ARROW = /\s(?:->|→|=>|=)\s/;

/**
 * `map 'in progress' to Open`, `treat CANCELLED as inactive`, `DONE → Closed`: the two
 * values, with quotes and filler ("all", "values") removed. `null` when it is not that shape.
 * In an answer the verb may go ("in progress to Open"); in an instruction it must be there.
 */
export function valuePair(clause: string, options: { verbRequired: boolean }): ValuePair | null {
  const trimmed = clause.trim();
  const verb = VERB.exec(trimmed);
  if (!verb && options.verbRequired && !ARROW.test(trimmed)) return null;
  const m = PAIR.exec(verb ? trimmed.slice(verb[0].length) : trimmed);
  if (!m) return null;
  const from = unquote(
    (m[1] as string)
      .replace(/^(?:all|any|every|the)\s+/i, '')
      .replace(/\s+(?:values?|entries|cells)$/i, '')
      .trim(),
  );
  const to = unquote(m[2] as string);
  if (from === '' || to === '') return null;
  return { from, to };
}

const CLAUSE_BREAK = /\s*(?:;|\n|\.(?=\s|$)|,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+)\s*/i;

/** Split a message into clauses at `;`, new lines, sentence ends, commas and `then`. */
export function clauses(message: string): string[] {
  return message
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
