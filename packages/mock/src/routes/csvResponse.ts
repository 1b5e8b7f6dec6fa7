import type { Template } from '@vernkit/core';
import { type CsvFilter, type SheetData, toCsv } from '../data/index.ts';

/** Chunks are batched to about this size before they are enqueued. */
const CHUNK_BYTES = 64 * 1024;

/** A streamed RFC 4180 CSV download with `X-Total-Records` and an attachment name. */
export function csvResponse(sheet: SheetData, filter: CsvFilter, fileName: string): Response {
  const { chunks, total } = toCsv(sheet, filter);
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      while (batch.length < CHUNK_BYTES) {
        const next = iterator.next();
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
    cancel() {
      iterator.return?.();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`,
      'x-total-records': String(total),
      'cache-control': 'no-store',
    },
  });
}

/** A sheet with no rows yet: nothing has been imported, so the export is the header alone. */
export function emptySheet(template: Template, sheetId?: string): SheetData {
  const ref: SheetData['template'] = { name: template.name };
  if (template.slug !== undefined) ref.slug = template.slug;
  if (template.id !== undefined) ref.id = template.id;
  const sheet: SheetData = {
    template: ref,
    header: template.columns.map((c) => c.name),
    rows: [],
    invalid: [],
    lineage: [],
    tables: [],
  };
  if (sheetId !== undefined) sheet.sheetId = sheetId;
  return sheet;
}
