import type { Workbook } from '../store.ts';
import type { AgentContext } from './context.ts';

/** The phase ends at a preview: the migration's current one, the run `awaiting_approval`. */
export function publishPreview(ctx: AgentContext, workbook: Workbook): void {
  const { migration, run } = ctx;
  migration.preview = { runId: run.id, workbook, executed: false };
  run.work = null;
  ctx.say.emit('preview', {
    sheets: workbook.sheets.map((s) => ({
      template: { slug: s.template.slug, name: s.template.name },
      rows: s.sheet.rows.length,
      flagged_rows: flaggedRows(s.sheet.invalid),
    })),
  });
  run.status = 'awaiting_approval';
  run.message = null;
  run.blockedReason = null;
  run.questions = [];
  run.credentialRequest = null;
}

export function flaggedRows(invalid: ReadonlyArray<{ row: number }>): number {
  return new Set(invalid.map((c) => c.row)).size;
}

/** The agent's plain-language account of a preview, as markdown. */
export function describePreview(workbook: Workbook): string {
  const lines = workbook.sheets.map((s) => {
    const mapped = s.mapping.columns.filter((c) => c.source !== null).length;
    const flagged = flaggedRows(s.sheet.invalid);
    const rows = s.sheet.rows.length;
    const flags = flagged === 0 ? 'no flagged rows' : `${flagged} flagged ${flagged === 1 ? 'row' : 'rows'}`;
    return `- **${s.template.name}**: ${rows} ${rows === 1 ? 'row' : 'rows'}, ${mapped} of ${s.mapping.columns.length} columns mapped, ${flags}`;
  });
  return ['The preview is ready.', '', ...lines].join('\n');
}
