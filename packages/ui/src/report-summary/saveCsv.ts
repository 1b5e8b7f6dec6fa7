import type { CsvDownload } from '@vernkit/core';

/**
 * Hand a streamed CSV export (`client.exportCsv`) to the browser as a file download: read the
 * stream into a Blob, point a temporary `<a download>` at it, click, and let the URL go.
 */
export async function saveCsv(download: CsvDownload, doc: Document = document): Promise<void> {
  const bytes = await new Response(download.body).arrayBuffer();
  const url = URL.createObjectURL(new Blob([bytes], { type: download.contentType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = download.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has handed the URL to the download manager; revoking on the next task is safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
