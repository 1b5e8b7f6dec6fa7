import { toPreviewSheet } from '../data/index.ts';
import { notFound } from '../http/ApiError.ts';
import { json } from '../http/respond.ts';
import type { RouteHandler } from './context.ts';
import { migrationOf } from './lookup.ts';
import { templateRef } from './serialize.ts';

export const getPreview: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const preview = migration.preview;
  if (!preview) throw notFound('No preview has been generated for this migration yet');
  return json({
    status: 'awaiting_approval',
    templates: migration.templates.map(templateRef),
    sheets: preview.workbook.sheets.map((s) => toPreviewSheet(s.sheet)),
  });
};
