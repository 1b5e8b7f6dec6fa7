export const SCENARIO_NAMES = [
  'happy',
  'question',
  'two-questions',
  'credentials',
  'failure',
  'flagged-rows',
  'destructive-patch',
  'repark',
  'stale',
  'slow',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** What a host developer or a story picks by name. */
export const SCENARIOS: Record<ScenarioName, { title: string; description: string }> = {
  happy: {
    title: 'Happy path',
    description:
      'The agent maps and cleans the files on its own and stops at a preview; it asks only when your data is genuinely ambiguous. Execute completes with a report.',
  },
  question: {
    title: 'The agent asks',
    description:
      'generate blocks with every open question at once (at least one, even on clean data); answering (options or free text) resumes the same run to a preview.',
  },
  'two-questions': {
    title: 'Two questions in a row',
    description:
      'generate asks one question per block, at least twice: it resumes after the first answer, then blocks again before the preview.',
  },
  credentials: {
    title: 'Live source needs credentials',
    description:
      'generate extracts from a live source (one is attached if the migration has none) and blocks with blocked_reason "credentials" until they are submitted. Credentials missing a required field are rejected and asked for again.',
  },
  failure: {
    title: 'Run fails',
    description:
      'generate (and imports) fail after reading the files, with a reason in `error` and an error event in the thread.',
  },
  'flagged-rows': {
    title: 'Flagged rows',
    description:
      'Rows that fail validation stay flagged: the preview marks the cells, the report counts the rows, and an import parks at needs_attention with a non-destructive proposed patch.',
  },
  'destructive-patch': {
    title: 'Destructive proposed patch',
    description:
      'An import parks at needs_attention with a proposed patch that drops rows (delete_invalid_rows, dedup_keep_first): confirm before approving.',
  },
  repark: {
    title: 'Re-park after approval',
    description:
      'Approving the first proposed patch fixes one flagged group only, so the import parks at needs_attention again with fresh questions; the second approval completes.',
  },
  stale: {
    title: 'Stale run',
    description:
      'The engine dies mid-run: the run stays running with no progress until it is swept to failed with "Import timed out".',
  },
  slow: {
    title: 'Slow and retrying',
    description:
      'Every phase takes about four times longer and reports retries ("Retrying (attempt 2 of 5)").',
  },
};

export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === 'string' && (SCENARIO_NAMES as readonly string[]).includes(name);
}
