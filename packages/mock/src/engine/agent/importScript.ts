import { computeReport, type ParsedTable, type SheetData } from '../../data/index.ts';
import { type Effect, hang, pause, wait } from '../runner.ts';
import type { RunReply, StoredFile } from '../store.ts';
import { buildWorkbook, sheetsOf } from '../workbook.ts';
import type { ImportContext } from './importContext.ts';
import { needsAttention } from './needsAttention.ts';
import { RunFailure } from './RunFailure.ts';
import { TIMING } from './timing.ts';

export interface ImportInput {
  files: StoredFile[];
  /** Inline `rows`, already shaped as a table. */
  inline: ParsedTable | null;
}

/**
 * An import replays the source's plan: read, map, validate. Rows that still fail park
 * it at `needs_attention` with questions and a proposed patch; an approval applies it
 * and re-runs, a rejection ends it `failed` with the report intact.
 */
export function* importScript(
  ctx: ImportContext,
  input: ImportInput,
): Generator<Effect, void, RunReply | undefined> {
  const { run, company, policy, say } = ctx;
  yield wait(TIMING.queue);
  run.status = 'running';
  say.status(input.inline ? 'Reading your rows' : 'Reading your files');
  const inputs: ParsedTable[] = input.inline ? [input.inline] : [];
  if (input.inline) yield wait(TIMING.readFile);
  for (const file of input.files) {
    yield wait(TIMING.readFile);
    if (!file.parsed.ok) throw new RunFailure(file.parsed.error);
    inputs.push(...file.parsed.tables);
  }
  run.inputs = inputs;
  if (policy.retries) {
    say.status('Retrying (attempt 2 of 5)');
    yield wait(TIMING.retry);
  }
  say.status('Replaying your import plan');
  if (policy.hang) {
    yield hang;
    return;
  }
  yield wait(TIMING.map);
  if (policy.failure) throw new RunFailure(policy.failure);
  const templates = company.sheets.map((s) => s.template);
  const workbook = buildWorkbook(
    inputs,
    templates,
    (t) => company.sheets.find((s) => s.template === t)?.id ?? '',
  );
  let sheets: SheetData[] = sheetsOf(workbook);
  say.status('Validating rows');
  yield wait(TIMING.clean);

  for (;;) {
    run.sheets = sheets;
    company.data = sheets;
    run.report = computeReport(sheets, inputs);
    const parked = needsAttention(sheets, company.sheets, policy.patch);
    if (!parked) {
      run.status = 'completed';
      run.message = null;
      run.needsAttention = null;
      return;
    }
    run.status = 'needs_attention';
    run.message = null;
    run.needsAttention = parked.block;
    run.questionMap = parked.questionMap;
    const reply = yield pause;
    run.needsAttention = null;
    if (reply?.kind !== 'decision' || reply.decision === 'reject' || !reply.sheets) {
      const flagged = run.report.invalidCellCount ?? 0;
      run.status = 'failed';
      run.error = `The proposed fix was rejected: ${flagged} ${flagged === 1 ? 'row keeps' : 'rows keep'} an invalid cell. The valid rows are ready to download.`;
      return;
    }
    run.status = 'running';
    say.status(reply.partial ? 'Applying the part of the fix that is safe to apply' : 'Applying the fix');
    yield wait(TIMING.importApply);
    sheets = reply.sheets;
    say.status('Validating rows');
    yield wait(TIMING.clean);
  }
}
