import type { VernClient } from '@vernkit/core';

/**
 * Fetches an export through the client (so it works on the in-tab mock too, which a plain
 * link would bypass) and hands it to the browser as a download.
 */
export async function downloadCsv(
  client: VernClient,
  migrationId: string,
  templateSlug: string,
  filter: 'valid' | 'all' | 'invalid' = 'valid',
): Promise<void> {
  const csv = await client.exportCsv(migrationId, templateSlug, { filter });
  const blob = await new Response(csv.body).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csv.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
