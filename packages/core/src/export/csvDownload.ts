import { filenameFromContentDisposition } from './contentDisposition.ts';

/** A streamed CSV: read `body` once (pipe it to a file, a bucket, or `new Response(body).blob()`). */
export interface CsvDownload {
  body: ReadableStream<Uint8Array>;
  /** `X-Total-Records`: rows matching the filter, or `null` when the header is absent. */
  totalRecords: number | null;
  /** From `Content-Disposition`, else the fallback (`<slug>.csv`). */
  filename: string;
  contentType: string;
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}

export function toCsvDownload(response: Response, fallbackFilename: string): CsvDownload {
  const total = response.headers.get('x-total-records');
  const parsed = total !== null && /^\s*\d+\s*$/.test(total) ? Number(total) : null;
  return {
    body: response.body ?? emptyStream(),
    totalRecords: parsed,
    filename: filenameFromContentDisposition(response.headers.get('content-disposition')) ?? fallbackFilename,
    contentType: response.headers.get('content-type') ?? 'text/csv',
  };
}
