import type { ParsedTable } from '../../data/index.ts';
import { type Effect, hang, wait } from '../runner.ts';
import type { RunReply, StoredFile } from '../store.ts';
import { buildWorkbook } from '../workbook.ts';
import { type AgentContext, setRunning } from './context.ts';
import { type Extraction, extractFromSource } from './extract.ts';
import { describePreview, publishPreview } from './preview.ts';
import { askQuestions } from './questions.ts';
import { RunFailure } from './RunFailure.ts';
import { sheetIdFor } from './sheetIds.ts';
import { TIMING } from './timing.ts';

export interface GenerateInput {
  files: StoredFile[];
  extraction: Extraction | null;
}

/** `generate`: read, map, ask what is genuinely open, clean, stop at a preview. */
export function* generateScript(
  ctx: AgentContext,
  input: GenerateInput,
): Generator<Effect, void, RunReply | undefined> {
  const { migration, policy, say } = ctx;
  yield wait(TIMING.queue);
  setRunning(ctx, 'Reading your files');
  say.task('Generate a preview');
  const inputs: ParsedTable[] = [];
  for (const file of input.files) {
    const call = say.tool('read_file', { name: file.name, content_type: file.contentType, size: file.size });
    yield wait(TIMING.readFile);
    if (!file.parsed.ok) {
      call.fail(file.parsed.error);
      throw new RunFailure(file.parsed.error);
    }
    inputs.push(...file.parsed.tables);
    call.done({
      tables: file.parsed.tables.map((t) => ({ name: t.name, columns: t.header, rows: t.rows.length })),
    });
  }
  if (input.extraction) yield* extractFromSource(ctx, input.extraction, inputs);

  if (policy.retries) {
    say.status('Retrying (attempt 2 of 5)');
    yield wait(TIMING.retry);
  }
  say.status('Mapping columns to your templates');
  if (policy.hang) {
    yield hang;
    return;
  }
  const mapCall = say.tool('map_columns', {
    templates: migration.templates.map((t) => t.slug ?? t.name),
    tables: inputs.map((t) => t.name),
  });
  yield wait(TIMING.map);
  if (policy.failure) {
    mapCall.fail(policy.failure);
    throw new RunFailure(policy.failure);
  }
  const workbook = buildWorkbook(inputs, migration.templates, (t) => sheetIdFor(migration.id, t));
  ctx.run.work = workbook;
  mapCall.done({
    sheets: workbook.sheets.map((s) => ({
      template: s.template.slug ?? s.template.name,
      tables: s.tables.map((t) => t.name),
      columns: Object.fromEntries(s.mapping.columns.map((c) => [c.column, c.source])),
      unmapped: s.mapping.unmapped,
    })),
  });
  for (const s of workbook.sheets) {
    for (const { column, candidates } of s.mapping.ambiguous) {
      say.think(
        `${s.template.name} · ${column} could come from ${candidates.map((c) => `"${c}"`).join(' or ')}.`,
      );
    }
  }
  say.emit('prepared', {
    name: 'build_sheets',
    inputs: {
      recipes: workbook.sheets.map((s) => ({
        template: s.template.slug ?? s.template.name,
        steps: s.recipe.steps,
      })),
    },
  });

  yield* askQuestions(ctx, workbook, {
    minRounds: policy.minQuestionRounds,
    oneAtATime: policy.oneAtATime,
  });

  setRunning(ctx, 'Cleaning your data');
  const clean = say.tool('validate_rows', {
    sheets: workbook.sheets.map((s) => s.template.slug ?? s.template.name),
  });
  yield wait(TIMING.clean);
  clean.done({
    sheets: workbook.sheets.map((s) => ({
      template: s.template.slug ?? s.template.name,
      rows: s.sheet.rows.length,
      invalid_cells: s.sheet.invalid.length,
    })),
  });
  yield wait(TIMING.finish);
  say.say(describePreview(workbook));
  publishPreview(ctx, workbook);
}
