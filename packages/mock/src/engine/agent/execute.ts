import { computeReport } from '../../data/index.ts';
import { type Effect, wait } from '../runner.ts';
import type { PreviewState, RunReply } from '../store.ts';
import { sheetsOf } from '../workbook.ts';
import type { AgentContext } from './context.ts';
import { TIMING } from './timing.ts';

/** `execute`: import the approved preview for real; surviving invalid cells are reported, not parked. */
export function* executeScript(
  ctx: AgentContext,
  preview: PreviewState,
): Generator<Effect, void, RunReply | undefined> {
  const { say, run, migration } = ctx;
  say.task('Import the approved preview');
  const rows = preview.workbook.sheets.reduce((n, s) => n + s.sheet.rows.length, 0);
  const call = say.tool('import_rows', {
    sheets: preview.workbook.sheets.map((s) => ({
      template: s.template.slug ?? s.template.name,
      rows: s.sheet.rows.length,
    })),
  });
  yield wait(TIMING.execute);
  call.done({ inserted: rows });
  say.status('Re-checking flagged cells');
  yield wait(TIMING.selfHeal);
  const report = computeReport(sheetsOf(preview.workbook), preview.workbook.inputs);
  preview.executed = true;
  migration.imported = preview.workbook;
  run.status = 'completed';
  run.message = null;
  run.report = report;
  const flagged = report.invalidCellCount ?? 0;
  say.say(
    flagged === 0
      ? `Imported ${report.inserted} rows. Every row passed validation.`
      : `Imported ${report.inserted} rows. ${flagged} ${flagged === 1 ? 'row still has' : 'rows still have'} an invalid cell: the default CSV download leaves ${flagged === 1 ? 'it' : 'them'} out.`,
  );
  say.emit('completed', { kind: 'execute', report });
}
